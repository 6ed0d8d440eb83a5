import Foundation
import GeneriqueCore
import Testing

/// `wikidata: Q…` names the entry's Wikidata item: its pages link it, its structured data lists it among the
/// entry's other addresses (`sameAs`), the open data exports it.
@Suite struct WikidataFieldTests {
    private static let production = TestSite.metier("Productrices et producteurs", label: "Production", order: 1)

    private static let content = [
        "metiers/production.md": production,
        "societes/gaumont.md": "---\nname: Gaumont\nkind: production\nwikidata: Q1489157\n---\nSociété.\n",
        "profils/elodie.md": TestSite.profile(
            "Élodie", professions: ["production"], companies: ["gaumont"],
            extra: "website: https://elodie.example.org/\nwikidata: Q42\n"),
        "profils/anne.md": TestSite.profile("Anne", professions: ["production"]),
    ]

    @Test func anItemIsQFollowedByDigitsWithoutALeadingZero() {
        #expect(["Q1", "Q42", "Q1489157", "Q123456789012"].allSatisfy { WikidataItem($0)?.id == $0 })
        let refused = ["", "Q", "Q0", "Q042", "q42", "P31", "Q4 2", " Q42", "Q42 ", "Q1234567890123", "Q٤٢", "L42"]
        #expect(refused.filter { WikidataItem($0) != nil } == [])
        #expect(WikidataItem("Q42")?.url == "https://www.wikidata.org/wiki/Q42")
    }

    @Test func aPastedAddressNamesItsItem() {
        #expect(WikidataItem(address: "https://www.wikidata.org/wiki/Q42")?.id == "Q42")
        #expect(WikidataItem(address: "http://www.wikidata.org/entity/Q42")?.id == "Q42")
        #expect(WikidataItem(address: "https://www.wikidata.org/wiki/Special:EntityData/Q42.json")?.id == "Q42")
        #expect(WikidataItem(address: "https://www.wikidata.org/wiki/Q42#P2002")?.id == "Q42")
        #expect(WikidataItem(address: "https://example.org/wiki/Q42") == nil)
    }

    @Test func pagesLinkTheItemInTheirRecord() async throws {
        let files = try await buildWithShippedTheme(Self.content)
        let profile = try #require(files["profils/elodie/index.html"])
        #expect(profile.contains(
            "<dt>Wikidata</dt>\n<dd><a href=\"https://www.wikidata.org/wiki/Q42\">Fiche Wikidata (Q42)</a></dd>"))
        #expect(profile.contains("\"sameAs\":[\"https://elodie.example.org/\",\"https://www.wikidata.org/wiki/Q42\"]"))
        let societe = try #require(files["societes/gaumont/index.html"])
        #expect(societe.contains("À propos de cette fiche"), "the item alone makes a record")
        #expect(societe.contains("<a href=\"https://www.wikidata.org/wiki/Q1489157\">Fiche Wikidata (Q1489157)</a>"))
        #expect(societe.contains("\"sameAs\":[\"https://www.wikidata.org/wiki/Q1489157\"]"))
        let plain = try #require(files["profils/anne/index.html"])
        #expect(!plain.contains("Wikidata"))
    }

    @Test func openDataExportsTheItem() async throws {
        let guide = try #require(try await buildWithShippedTheme(Self.content)["donnees/guide.json"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(guide.utf8)) as? [String: Any])
        let profiles = try #require(root["profiles"] as? [[String: Any]])
        #expect(profiles.first { $0["slug"] as? String == "elodie" }?["wikidata"] as? String == "Q42")
        #expect(profiles.first { $0["slug"] as? String == "anne" }?["wikidata"] is NSNull)
        let societes = try #require(root["societes"] as? [[String: Any]])
        #expect(societes.first?["wikidata"] as? String == "Q1489157")
    }
}
