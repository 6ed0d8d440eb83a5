import GeneriqueCore
import GeneriqueWikidata
import Testing

/// The rules that turn an item's statements into an entry's changes: preferred statements over normal ones,
/// never a deprecated one or one with an end time, nothing the entry has ever removed.
@Suite struct WikidataChangeTests {
    private func entity(_ statements: [String: [WikidataStatement]]) -> WikidataEntity {
        WikidataEntity(id: "Q1", labels: ["fr": "Nom"], statements: statements)
    }

    private func text(_ value: String, _ rank: WikidataStatement.Rank = .normal, end: String? = nil) -> WikidataStatement {
        WikidataStatement(value: .text(value), rank: rank, endTime: end)
    }

    @Test func preferredStatementsHideNormalOnesAndEndedOnesNeverHold() {
        let item = entity(["P2002": [text("a"), text("b", .preferred), text("c", .deprecated), text("d", .preferred, end: "+2020-00-00T00:00:00Z")]])
        #expect(item.current("P2002").compactMap(\.text) == ["b"])
        #expect(item.ended("P2002").compactMap(\.text) == ["c", "d"])
        #expect(item.ended("P2002").last?.endDate == "2020")
        let normal = entity(["P2002": [text("a"), text("c", .deprecated)]])
        #expect(normal.current("P2002").compactMap(\.text) == ["a"])
    }

    @Test func changesAddReplaceAndReportButNeverRemove() {
        let fields = WikidataField.all(hasFeed: true)
        let item = entity([
            "P2002": [text("Nouveau_X")],
            "P2003": [text("old_insta", end: "+2023-05-01T00:00:00Z"), text("new_insta")],
            "P12361": [text("gone.bsky.social", .deprecated)],
            "P856": [text("https://www.exemple.fr/")],
            "P4033": [text("pas un handle")],
        ])
        let changes = item.changes(
            to: [.account(.x): "autre_x", .account(.instagram): "old_insta", .account(.bluesky): "gone.bsky.social",
                 .account(.youtube): "@MaChaine", .website: "http://WWW.exemple.fr"],
            fields: fields, isOrganization: false)
        let summary = changes.map { "\($0.kind) \($0.field) \($0.current ?? "-") \($0.wikidata.value)" }
        #expect(summary == [
            "ended accounts.bluesky gone.bsky.social gone.bsky.social",
            "invalid accounts.mastodon - pas un handle",
            "conflict accounts.x autre_x Nouveau_X",
            "replace accounts.instagram old_insta new_insta",
        ], "the website matches whatever its scheme, case or final slash; YouTube is the editor's alone")
        #expect(changes.filter(\.isWritten).map(\.field) == [.account(.instagram)])
    }

    @Test func sameHandleInAnotherCaseIsNoChange() {
        let item = entity(["P2002": [text("CinemaFR")]])
        #expect(item.changes(to: [.account(.x): "cinemafr"], fields: [.account(.x)], isOrganization: false).isEmpty)
    }

    @Test func linkedInTakesTheCompanyPageForOrganisations() {
        let item = entity(["P6634": [text("prenom-nom")], "P4264": [text("societe")]])
        let person = item.changes(to: [:], fields: [.account(.linkedin)], isOrganization: false)
        let organisation = item.changes(to: [:], fields: [.account(.linkedin)], isOrganization: true)
        #expect(person.map(\.wikidata.value) == ["prenom-nom"])
        #expect(organisation.map(\.wikidata.value) == ["societe"])
    }
}
