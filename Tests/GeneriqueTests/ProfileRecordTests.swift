import GeneriqueBuild
import GeneriqueCore
import Testing

/// "À propos de cette fiche" on profile pages (shipped theme): shown over the dates and the source, and left
/// out when a profile has none of them.
@Suite struct ProfileRecordTests {
    private static let heading = "À propos de cette fiche"

    private static func profilePages() async throws -> [String: String] {
        let content = [
            "metiers/production.md": TestSite.metier("Productrices et producteurs", label: "Production", order: 1),
            "profils/sans-rien.md": TestSite.profile("Sans Rien", professions: ["production"]),
            "profils/ajoutee.md": TestSite.profile("Ajoutée", professions: ["production"], extra: "added: 2026-03-01\n"),
            "profils/verifiee.md": TestSite.profile("Vérifiée", professions: ["production"], extra: "verified: 2026-03-02\n"),
            "profils/sourcee.md": TestSite.profile("Sourcée", professions: ["production"], extra: "source: Annuaire 2026\n"),
        ]
        let (theme, _) = try await SourceReader.read(folders: ["templates"], root: TestPaths.packageRoot)
        let tree = SourceTree(files: TestSite.tree(content).files.filter { !$0.path.hasPrefix("templates/") } + theme.files)
        let result = await SiteGenerator.generate(tree)
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.formatted) == [])
        let files = try #require(result.files)
        var pages: [String: String] = [:]
        for file in files where file.path.hasPrefix("profils/") && file.path != "profils/index.html" {
            pages[file.path] = String(decoding: file.bytes, as: UTF8.self)
        }
        return pages
    }

    @Test func sectionOnlyOverSomething() async throws {
        let pages = try await Self.profilePages()
        let bare = try #require(pages["profils/sans-rien/index.html"])
        #expect(!bare.contains(Self.heading), "no dates and no source: no section")
        #expect(!bare.contains("class=\"record\""))
        for slug in ["ajoutee", "verifiee", "sourcee"] {
            let page = try #require(pages["profils/\(slug)/index.html"])
            #expect(page.contains(Self.heading), "\(slug)")
        }
        let added = try #require(pages["profils/ajoutee/index.html"])
        #expect(added.contains("<dt>Ajoutée le</dt>") && !added.contains("<dt>Source</dt>"))
        let sourced = try #require(pages["profils/sourcee/index.html"])
        #expect(sourced.contains("<dd>Annuaire 2026</dd>") && !sourced.contains("<dt>Ajoutée le</dt>"))
    }
}
