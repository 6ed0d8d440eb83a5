import Foundation
import GeneriqueCore
import Testing

/// `aliases` keep the addresses of renamed entries: a redirect page at each, `_redirects` for the hosts
/// that read it, and nothing else of the site changes.
@Suite struct AliasTests {
    private static let production = TestSite.metier("Productrices et producteurs", label: "Production", order: 1)

    private static func content(aliases: Bool) -> [String: String] {
        [
            "metiers/production.md": production,
            "societes/gaumont.md": "---\nname: Gaumont\nkind: production\n"
                + (aliases ? "aliases: [gaumont-sa]\n" : "") + "---\nSociété.\n",
            "profils/ana.md": TestSite.profile(
                "Ana « <Nova> »", professions: ["production"], companies: ["gaumont"],
                extra: aliases ? "aliases: [ana-nova, nova]\n" : ""),
        ]
    }

    @Test func eachAliasIsARedirectPageAndALineOfRedirects() async throws {
        let files = try await buildWithShippedTheme(Self.content(aliases: true))
        let page = try #require(files["profils/ana-nova/index.html"])
        #expect(page.contains("<meta http-equiv=\"refresh\" content=\"0; url=/guide/profils/ana/\">"))
        #expect(page.contains("<link rel=\"canonical\" href=\"https://example.org/guide/profils/ana/\">"))
        #expect(page.contains("<meta name=\"robots\" content=\"noindex\">"))
        #expect(page.contains("<link rel=\"icon\" href=\"data:,\">"), "no request for /favicon.ico on the way")
        #expect(page.contains("<a href=\"/guide/profils/ana/\">/guide/profils/ana/</a>"))
        #expect(page.contains("<h1>Ana «\u{A0}&lt;Nova&gt;\u{A0}» a changé d’adresse</h1>"), "escaped")
        #expect(files["profils/nova/index.html"] != nil)
        #expect(try #require(files["societes/gaumont-sa/index.html"]).contains("url=/guide/societes/gaumont/\""))
        #expect(
            files["_redirects"] == """
                /guide/profils/ana-nova/ /guide/profils/ana/ 301
                /guide/profils/nova/ /guide/profils/ana/ 301
                /guide/societes/gaumont-sa/ /guide/societes/gaumont/ 301

                """)
    }

    @Test func nothingElseChanges() async throws {
        let with = try await buildWithShippedTheme(Self.content(aliases: true))
        let without = try await buildWithShippedTheme(Self.content(aliases: false))
        let added = Set(with.keys).subtracting(without.keys)
        #expect(
            added == ["profils/ana-nova/index.html", "profils/nova/index.html", "societes/gaumont-sa/index.html", "_redirects"])
        #expect(without.filter { with[$0.key] != $0.value }.map(\.key) == [], "sitemap, search and pages are the same")
    }
}
