import GeneriqueContent
import GeneriqueCore
import Testing

@Suite struct ContentLoaderTests {
    private let production = TestSite.metier("Productrices et producteurs", label: "Production", order: 1)

    private func load(_ files: [String: String]) async -> ContentLoadResult {
        await ContentLoader.load(TestSite.tree(files))
    }

    /// Diagnostics as `path:line:col code` lines, the form invalid fixtures compare.
    private func summary(_ result: ContentLoadResult) -> [String] {
        result.diagnostics.map { "\($0.location.path):\($0.location.line):\($0.location.column) \($0.code)" }
    }

    @Test func loadsAValidSite() async throws {
        let result = await load([
            "metiers/production.md": production,
            "profils/marc-missonnier.md": TestSite.profile("Marc Missonnier", professions: ["production"]),
        ])
        let content = try #require(result.content)
        #expect(result.diagnostics.isEmpty)
        #expect(content.profiles.map(\.slug) == ["marc-missonnier"])
        #expect(content.config.basePath == "/guide/")
        #expect(content.profiles[0].bio.html == "<p>Bio de Marc Missonnier.</p>\n")
    }

    @Test func unknownKeyIsPositionedWithSuggestion() async throws {
        let result = await load([
            "metiers/production.md": production,
            "profils/a.md": "---\nname: A\nprofesions: [production]\n---\n",
        ])
        #expect(result.content == nil)
        let unknown = try #require(result.diagnostics.first { $0.code == "unknown-key" })
        #expect(unknown.location == SourceLocation(path: "content/profils/a.md", line: 3, column: 1))
        #expect(unknown.hint == "did you mean 'professions'?")
        // The misspelt key stands for the required field: its absence is not reported a second time.
        #expect(summary(result) == ["content/profils/a.md:3:1 unknown-key"])
    }

    @Test func unknownMetierReferenceSuggestsTheClosestKey() async throws {
        let result = await load([
            "metiers/production.md": production,
            "profils/a.md": "---\nname: A\nprofessions:\n  - prodution\n---\n",
        ])
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.formatted == """
            content/profils/a.md:4:5: error: unknown métier 'prodution' [unknown-profession]
              hint: did you mean 'production'?
            """)
    }

    @Test func wrongTypesArePositionedAtTheValue() async {
        let result = await load([
            "metiers/production.md": production,
            "profils/a.md": "---\nname: A\nprofessions: production\nadded: 2026-02-30\ndraft: peut-être\n---\n",
        ])
        #expect(summary(result) == [
            "content/profils/a.md:3:14 wrong-type", "content/profils/a.md:4:8 invalid-date",
            "content/profils/a.md:5:8 wrong-type",
        ])
        #expect(result.diagnostics[0].hint == "write professions: [production]")
    }

    @Test func yamlSyntaxErrorsPointAtTheirLineInTheFile() async {
        let result = await load([
            "metiers/production.md": production,
            "profils/a.md": "---\nname: A\nprofessions: [production\nrole: x\n---\n",
        ])
        #expect(summary(result).first?.hasPrefix("content/profils/a.md:4:") == true)
        #expect(result.diagnostics.first?.code == "yaml-syntax")
    }

    /// libyaml positions these by byte offset: the diagnostic is at the character's own column, counted in
    /// characters, with a hint about the character rather than about indentation.
    @Test(arguments: [("\u{0}", "U+0000"), ("\u{1B}", "U+001B"), ("\u{7F}", "U+007F"), ("\u{9B}", "U+009B")])
    func controlCharactersInFrontMatterArePositioned(character: String, name: String) async throws {
        let result = await load([
            "metiers/production.md": production,
            "profils/a.md": "---\nname: A\nrole: « Pro\(character)ducteur »\nprofessions: [production]\n---\n",
        ])
        #expect(summary(result) == ["content/profils/a.md:3:12 yaml-syntax"])
        let hint = try #require(result.diagnostics.first?.hint)
        #expect(hint.contains("control character \(name)"))
    }

    @Test(arguments: [
        ("Bio sans front matter.\n", "missing-front-matter"),
        ("---\nname: A\nprofessions: [production]\n", "unterminated-front-matter"),
    ])
    func frontMatterProblems(text: String, code: String) async {
        let result = await load(["metiers/production.md": production, "profils/a.md": text])
        #expect(summary(result) == ["content/profils/a.md:1:1 \(code)"])
    }

    @Test func invalidUTF8IsPositioned() async {
        var tree = TestSite.tree(["metiers/production.md": production])
        let bytes = Array("---\nname: Élodie".utf8) + [0xFF] + Array("\n---\n".utf8)
        tree = SourceTree(files: tree.files + [SourceFile(path: "content/profils/elodie.md", bytes: bytes)])
        let result = await ContentLoader.load(tree)
        #expect(summary(result) == ["content/profils/elodie.md:2:13 invalid-encoding"])
    }

    @Test func byteOrderMarkAndCRLFAreAccepted() async throws {
        let text = "\u{FEFF}---\r\nname: A\r\nprofessions: [production]\r\n---\r\nBio.\r\n"
        let result = await load(["metiers/production.md": production, "profils/a.md": text])
        #expect(result.diagnostics.isEmpty)
        #expect(try #require(result.content).profiles.first?.name == "A")
    }

    @Test func invalidFileNameSuggestsTheSlug() async {
        let result = await load([
            "metiers/production.md": production,
            "profils/Élodie Bérard.md": TestSite.profile("Élodie Bérard", professions: ["production"]),
        ])
        #expect(result.diagnostics.first?.code == "invalid-file-name")
        #expect(result.diagnostics.first?.hint == "rename the file to 'elodie-berard.md'")
    }

    @Test func pagesCannotTakeTheGeneratorsSections() async {
        let result = await load([
            "metiers/production.md": production,
            "profils/a.md": TestSite.profile("A", professions: ["production"]),
            "pages/profils.md": "---\ntitle: Profils\n---\n",
        ])
        #expect(summary(result) == ["content/pages/profils.md:1:1 url-collision"])
    }

    @Test func handlesAndURLsAreValidated() async {
        let result = await load([
            "metiers/production.md": production,
            "profils/a.md": TestSite.profile(
                "A", professions: ["production"],
                extra: "accounts:\n  mastodon: cinema\n  blusky: a.bsky.social\nwebsite: javascript:alert(1)\n"),
        ])
        #expect(summary(result) == [
            "content/profils/a.md:5:13 invalid-handle", "content/profils/a.md:6:3 unknown-network",
            "content/profils/a.md:7:10 invalid-url",
        ])
        #expect(result.diagnostics[1].hint == "did you mean 'bluesky'?")
    }

    @Test func emptyGroupsAreWarnings() async {
        let result = await load([
            "metiers/production.md": production,
            "metiers/montage.md": TestSite.metier("Monteuses et monteurs", label: "Montage", order: 2),
            "societes/gaumont.md": TestSite.societe("Gaumont"),
            "profils/a.md": TestSite.profile("A", professions: ["production"]),
        ])
        #expect(result.content != nil)
        #expect(result.diagnostics.map(\.severity) == [.warning, .warning])
        #expect(summary(result) == [
            "content/metiers/montage.md:1:1 empty-metier", "content/societes/gaumont.md:1:1 unreferenced-company",
        ])
    }

    @Test func everyProblemOfARunIsReported() async {
        let result = await load([
            "metiers/production.md": production,
            "profils/a.md": "---\nname: A\nprofessions: [nope]\n---\n",
            "profils/b.md": "---\nprofessions: [production]\ncolour: red\n---\n",
            "profils/c.md": "no front matter",
        ])
        #expect(result.diagnostics.filter { $0.severity == .error }.count == 4)
    }

    @Test func everyDuplicateKeyOfSiteYAMLIsReportedWithTheRestOfTheFile() async {
        let site = TestSite.siteYAML + "\ntitle: Autre\naccounts:\n  x: guide\n  x: autre\nunsafe_html: oui\n"
        let result = await ContentLoader.load(TestSite.tree(["metiers/production.md": production], site: site))
        #expect(summary(result) == [
            "content/site.yml:4:1 duplicate-key", "content/site.yml:7:3 duplicate-key", "content/site.yml:8:14 wrong-type",
        ])
        #expect(result.diagnostics[0].message == "field 'title' appears more than once")
        #expect(result.diagnostics[1].message == "'x' appears more than once in 'accounts'")
    }

    /// Parses are cached from build to build; the check against the day is not part of them.
    @Test func futureDatesAreCheckedAgainstTheDayEvenForCachedFiles() async throws {
        let tree = TestSite.tree([
            "metiers/production.md": production,
            "profils/a.md": TestSite.profile("A", professions: ["production"], extra: "added: 2026-06-20\n"),
        ])
        var cache = ContentParseCache()
        let before = await ContentLoader.load(
            tree, baseURLOverride: nil, includeDrafts: false, today: LocalDate(iso: "2026-06-18"), cache: &cache)
        #expect(summary(before) == ["content/profils/a.md:4:8 future-date"])
        #expect(before.content != nil)
        let dayBefore = await ContentLoader.load(
            tree, baseURLOverride: nil, includeDrafts: false, today: LocalDate(iso: "2026-06-19"), cache: &cache)
        #expect(cache.parsedCount == 0)
        #expect(dayBefore.diagnostics.isEmpty)
        let again = await ContentLoader.load(
            tree, baseURLOverride: nil, includeDrafts: false, today: LocalDate(iso: "2026-06-18"), cache: &cache)
        #expect(summary(again) == ["content/profils/a.md:4:8 future-date"])
    }

    @Test func aliasesAreRefusedSoNothingCanExpand() async {
        let laughs = (1...9).map { "l\($0): &l\($0) [*l\($0 - 1), *l\($0 - 1), *l\($0 - 1), *l\($0 - 1)]" }.joined(separator: "\n")
        let result = await load([
            "metiers/production.md": production,
            "profils/a.md": "---\nname: A\nprofessions: [production]\nl0: &l0 lol\n\(laughs)\n---\n",
        ])
        #expect(summary(result) == ["content/profils/a.md:5:10 yaml-alias"])
    }

    @Test func deepNestingIsRefused() async {
        let deep = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        let result = await load(["metiers/production.md": production, "profils/a.md": "---\nname: \(deep)\n---\n"])
        #expect(result.diagnostics.first?.code == "yaml-syntax")
        #expect(result.diagnostics.first?.message.contains("nested too deeply") == true)
    }
}
