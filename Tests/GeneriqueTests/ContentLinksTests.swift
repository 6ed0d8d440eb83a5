import GeneriqueContent
import GeneriqueCore
import Testing

/// Links in Markdown bodies: rewritten to page URLs with the base path, or refused at their position.
@Suite struct ContentLinksTests {
    private func load(bio: String, extra: [String: String] = [:], includeDrafts: Bool = false) async -> ContentLoadResult {
        var files = [
            "metiers/production.md": TestSite.metier("Productrices et producteurs", label: "Production", order: 1),
            "societes/gaumont.md": TestSite.societe("Gaumont"),
            "profils/anne.md": TestSite.profile("Anne", professions: ["production"], companies: ["gaumont"])
                .replacingOccurrences(of: "Bio de Anne.", with: bio),
            "pages/a-propos.md": "---\ntitle: À propos\n---\n",
        ]
        files.merge(extra) { _, new in new }
        return await ContentLoader.load(TestSite.tree(files), includeDrafts: includeDrafts)
    }

    private func bioHTML(_ result: ContentLoadResult) -> String {
        result.content?.profiles.first { $0.slug == "anne" }?.bio.html ?? ""
    }

    @Test(arguments: [
        ("[G](../societes/gaumont.md)", "/guide/societes/gaumont/"),
        ("[G](../societes/gaumont.md#histoire)", "/guide/societes/gaumont/#histoire"),
        ("[A](anne.md)", "/guide/profils/anne/"),
        ("[P](../pages/a-propos.md)", "/guide/a-propos/"),
        ("[H](../index.md)", "/guide/"),
        ("[M](/metiers/production/)", "/guide/metiers/production/"),
        ("[M](/metiers/production)", "/guide/metiers/production/"),
        ("[Tous](/profils/)", "/guide/profils/"),
        ("[P](/a-propos/)", "/guide/a-propos/"),
        ("[CSS](/assets/style.css)", "/guide/assets/style.css"),
        ("[E](https://example.org/x)", "https://example.org/x"),
        ("[E](HTTPS://example.org/x)", "HTTPS://example.org/x"),
        ("[@](mailto:contact@example.org)", "mailto:contact@example.org"),
        ("[#](#section)", "#section"),
    ])
    func rewritesLinksToPages(markdown: String, href: String) async {
        let result = await load(bio: markdown)
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(bioHTML(result).contains("href=\"\(href)\""))
    }

    @Test(arguments: [
        ("[x](javascript:alert(1))", "unsafe-url", 1),
        ("[x](data:text/html,hi)", "unsafe-url", 1),
        ("[x](//evil.example/)", "unsafe-url", 1),
        ("[x](svn+ssh://host/x)", "unsafe-url", 1),
        ("[x](1http:x)", "relative-link", 1),
        ("[x](../societes/gaumon.md)", "broken-link", 1),
        ("[x](/profils/nobody/)", "broken-link", 1),
        ("[x](/assets/missing.png)", "broken-link", 1),
        ("[x](autre/)", "relative-link", 1),
        ("![photo](https://tracker.example/p.png)", "external-image", 1),
        ("Texte « é » puis [x](../../../etc/passwd.md)", "broken-link", 18),
    ])
    func refusesLinksAtTheirPosition(markdown: String, code: String, column: Int) async throws {
        let result = await load(bio: "Bio.\n\n\(markdown)")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.code == code)
        #expect(diagnostic.location.path == "content/profils/anne.md")
        // Line 8: five lines of front matter, "Bio.", a blank line, then the link.
        #expect(diagnostic.location.line == 8)
        #expect(diagnostic.location.column == column)
        #expect(result.content == nil)
    }

    @Test func columnsCountCharactersNotBytes() async throws {
        let result = await load(bio: "Élodie, « é » [x](/nulle-part/)")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.location.column == 15)
        #expect(diagnostic.hint == nil || diagnostic.hint?.contains("did you mean") == true)
    }

    @Test func brokenLinksSuggestTheClosestKey() async throws {
        let result = await load(bio: "[x](../societes/gaumon.md)")
        #expect(try #require(result.diagnostics.first).hint == "did you mean 'gaumont'? (societes/)")
    }

    @Test func linksToDraftsAreBrokenUnlessDraftsArePublished() async {
        let draft = ["profils/brouillon.md": TestSite.profile("Brouillon", professions: ["production"], extra: "draft: true\n")]
        let withoutDrafts = await load(bio: "[b](brouillon.md)", extra: draft)
        #expect(withoutDrafts.diagnostics.map(\.code) == ["link-to-draft"])
        let withDrafts = await load(bio: "[b](brouillon.md)", extra: draft, includeDrafts: true)
        #expect(withDrafts.diagnostics.isEmpty)
        #expect(bioHTML(withDrafts).contains("href=\"/guide/profils/brouillon/\""))
    }
}
