import Foundation
import GeneriqueBuild
import GeneriqueCLI
import GeneriqueContent
import GeneriqueCore
import Testing

/// Sociétés carry a `verified` date as profiles do; dates are checked against the day of the build for the
/// future and, with `stale_after`, for their age; the summary counts the entries never verified.
@Suite(.serialized) struct EntryDatesTests {
    private static let production = TestSite.metier("Productrices et producteurs", label: "Production", order: 1)

    private static func content(societeExtra: String = "verified: 2026-03-04\n") -> [String: String] {
        [
            "metiers/production.md": production,
            "societes/gaumont.md": "---\nname: Gaumont\nkind: production\n\(societeExtra)---\nSociété.\n",
            "societes/snd.md": TestSite.societe("SND"),
            "profils/a.md": TestSite.profile("A", professions: ["production"], companies: ["gaumont", "snd"], extra: "verified: 2026-01-02\n"),
            "profils/b.md": TestSite.profile("B", professions: ["production"]),
            "profils/c.md": TestSite.profile("C", professions: ["production"], extra: "draft: true\n"),
        ]
    }

    @Test func aSocietePageSaysWhenItsAccountsWereChecked() async throws {
        let files = try await buildWithShippedTheme(Self.content())
        let page = try #require(files["societes/gaumont/index.html"])
        #expect(page.contains("<h2 id=\"a-propos-fiche\">À propos de cette fiche</h2>"))
        #expect(page.contains("<dt>Comptes vérifiés le</dt>\n<dd><time datetime=\"2026-03-04\">4\u{A0}mars\u{A0}2026</time></dd>"))
        let bare = try #require(files["societes/snd/index.html"])
        #expect(!bare.contains("À propos de cette fiche"), "no date and no source: no section")
        let guide = try #require(files["donnees/guide.json"])
        #expect(guide.contains("\"profiles\":[\"a\"],\"verified\":\"2026-03-04\",\"sources\":[]"))
        #expect(guide.contains("\"key\":\"snd\",\"name\":\"SND\",\"kind\":\"distribution\",\"url\":\"https://example.org/guide/societes/snd/\",\"website\":null,\"accounts\":[],\"wikidata\":null,\"profiles\":[\"a\"],\"verified\":null,"))
    }

    @Test func staleAfterComesFromSiteYAMLWithADefaultOfAYear() async throws {
        let standard = try #require(await ContentLoader.load(TestSite.tree(Self.content())).content)
        #expect(standard.config.staleAfterDays == 365)
        let monthly = TestSite.siteYAML + "\nstale_after: 30\n"
        let custom = try #require(await ContentLoader.load(TestSite.tree(Self.content(), site: monthly)).content)
        #expect(custom.config.staleAfterDays == 30)
    }

    /// Parses are cached from build to build; the age of a date is not part of them.
    @Test func staleEntriesAreCheckedAgainstTheDayEvenForCachedFiles() async throws {
        let tree = TestSite.tree(Self.content())
        var cache = ContentParseCache()
        func stale(on day: String) async -> [String] {
            let result = await ContentLoader.load(
                tree, baseURLOverride: nil, includeDrafts: false, today: LocalDate(iso: day), cache: &cache)
            return result.diagnostics.filter { $0.code == "stale-entry" }.map { "\($0.location.path):\($0.location.line)" }
        }
        #expect(await stale(on: "2027-01-02") == [])
        #expect(await stale(on: "2027-01-03") == ["content/profils/a.md:5"])
        #expect(cache.parsedCount == 0)
        #expect(await stale(on: "2027-03-05") == ["content/profils/a.md:5", "content/societes/gaumont.md:4"])
        #expect(await stale(on: "2026-06-01") == [])
    }

    /// Published profiles (drafts are not) and sociétés without `verified`.
    @Test func theStatisticsCountTheEntriesNeverVerified() async throws {
        #expect(await SiteGenerator.prepare(TestSite.tree(Self.content())).statistics.neverVerified == 2)
        #expect(await SiteGenerator.prepare(TestSite.tree(Self.content()), includeDrafts: true).statistics.neverVerified == 3)
        #expect(await SiteGenerator.prepare(TestSite.tree(Self.content(societeExtra: ""))).statistics.neverVerified == 3)
    }

    /// Entries verified long ago are warnings for the command line's day, errors with --strict.
    @Test func staleEntriesAreWarningsAndStrictMakesThemErrors() async throws {
        let root = TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        var content = Self.content()
        content["profils/a.md"] = TestSite.profile("A", professions: ["production"], companies: ["gaumont", "snd"], extra: "verified: 2001-01-02\n")
        try TestSite.write(TestSite.tree(content), to: root)
        #expect(await GeneriqueCommand.execute(["check", "--root", root.path]) == 0)
        #expect(await GeneriqueCommand.execute(["check", "--root", root.path, "--strict"]) == 1)
    }
}
