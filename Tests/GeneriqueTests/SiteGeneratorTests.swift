import GeneriqueBuild
import GeneriqueCore
import Testing

@Suite struct SiteGeneratorTests {
    private let files: [String: String] = [
        "index.md": "---\ndescription: Le guide d’essai.\n---\nBienvenue.\n",
        "metiers/production.md": TestSite.metier("Productrices et producteurs", label: "Production", order: 1),
        "profils/anne.md": TestSite.profile("Anne", professions: ["production"]),
        "profils/brouillon.md": TestSite.profile("Brouillon", professions: ["production"], extra: "draft: true\n"),
    ]

    private func page(_ path: String, in result: SiteGenerator.Result) -> String? {
        result.files?.first { $0.path == path }.map { String(decoding: $0.bytes, as: UTF8.self) }
    }

    @Test func draftsArePublishedOnlyWhenAskedFor() async {
        let published = await SiteGenerator.generate(TestSite.tree(files))
        #expect(page("profils/anne/index.html", in: published) != nil)
        #expect(page("profils/brouillon/index.html", in: published) == nil)
        #expect(page("metiers/production/index.html", in: published)?.contains("Brouillon") == false)

        let withDrafts = await SiteGenerator.generate(TestSite.tree(files), includeDrafts: true)
        #expect(page("profils/brouillon/index.html", in: withDrafts) != nil)
        #expect(page("metiers/production/index.html", in: withDrafts)?.contains("Brouillon") == true)
    }

    @Test func homeDescriptionComesFromIndexFrontMatter() async {
        let home = page("index.html", in: await SiteGenerator.generate(TestSite.tree(files)))
        #expect(home?.contains("<meta name=\"description\" content=\"Le guide d’essai.\">") == true)
        #expect(home?.contains("<p>Bienvenue.</p>") == true)
    }

    @Test func baseURLOverrideMovesEveryLink() async throws {
        let result = await SiteGenerator.generate(TestSite.tree(files), baseURL: "https://films.example/qui-suivre/")
        let profile = try #require(page("profils/anne/index.html", in: result))
        #expect(profile.contains("href=\"https://films.example/qui-suivre/profils/anne/\""))
        #expect(profile.contains("href=\"/qui-suivre/metiers/production/\""))
        #expect(!profile.contains("/guide/"))
    }

    @Test func missingTemplatesAndPartialsArePositionedDiagnostics() async {
        var tree = TestSite.tree(files)
        tree = SourceTree(
            files: tree.files.filter { $0.path != "templates/404.mustache" && $0.path != "templates/metier.mustache" }
                + [
                    SourceFile(path: "templates/metier.mustache", text: "{{<layout}}{{$content}}\n  {{> partials/missing}}{{/content}}{{/layout}}"),
                    SourceFile(path: "templates/broken.mustache", text: "line\n{{#open}}never closed"),
                ])
        let result = await SiteGenerator.generate(tree)
        #expect(result.files == nil)
        #expect(result.diagnostics.map { "\($0.location.path):\($0.location.line):\($0.location.column) \($0.code)" } == [
            "templates/404.mustache:1:1 missing-template",
            "templates/broken.mustache:2:1 template-syntax",
            "templates/metier.mustache:2:3 missing-partial",
        ])
    }

    @Test func templateValuesThatDoNotExistAreErrors() async throws {
        let tree = TestSite.tree(files)
        let broken = SourceTree(
            files: tree.files.filter { $0.path != "templates/metier.mustache" } + [
                SourceFile(
                    path: "templates/metier.mustache",
                    text: "{{<layout}}{{$content}}<h1>{{page.heding}}</h1>\n{{#members}}{{nmae}} {{site.title}}{{/members}}"
                        + "{{^members}}{{countLable}}{{/members}}{{/content}}{{/layout}}")
            ])
        let result = await SiteGenerator.generate(broken)
        #expect(result.files == nil)
        let found = result.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.code) \($0.hint ?? "")" }
        #expect(found == [
            "1:28 unknown-template-value did you mean 'heading'?",
            "2:13 unknown-template-value did you mean 'name'?",
            "2:60 unknown-template-value did you mean 'countLabel'?",
        ])
    }
}
