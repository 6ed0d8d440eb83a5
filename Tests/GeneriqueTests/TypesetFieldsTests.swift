import Foundation
import GeneriqueBuild
import GeneriqueCore
import Testing

/// A site of `content` files (and the test site's `site.yml`) built with the shipped theme, by output path.
func buildWithShippedTheme(_ content: [String: String]) async throws -> [String: String] {
    let (templates, _) = try await SourceReader.read(folders: ["templates"], root: TestPaths.packageRoot)
    let tree = TestSite.tree(content)
    let result = await SiteGenerator.generate(
        SourceTree(files: tree.files.filter { !$0.path.hasPrefix("templates/") } + templates.files))
    #expect(result.diagnostics.map(\.formatted) == [])
    let files = try #require(result.files)
    return Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
}

private let production = TestSite.metier("Productrices et producteurs", label: "Production", order: 1)

/// French typography reaches front-matter text once, when it is read: the name a reader sees in a heading is
/// the name of the card, the `<title>`, the Atom feed, the structured data and the open data.
@Suite struct TypesetFieldsTests {
    private static let name = "L'Atelier d'Ève : studio"
    private static let typeset = "L’Atelier d’Ève\u{A0}: studio"

    private func build() async throws -> [String: String] {
        try await buildWithShippedTheme([
            "metiers/production.md": production,
            "profils/atelier.md": TestSite.profile(
                "\"\(Self.name)\"", professions: ["production"],
                extra: "role: \"Chef d'atelier\"\nadded: 2026-01-05\nsource: \"D'après « Le Film français »\"\n"),
        ])
    }

    @Test func namesRolesAndSourcesAreTheSameTextEverywhere() async throws {
        let files = try await build()
        let page = try #require(files["profils/atelier/index.html"])
        let typeset = Self.typeset
        #expect(page.contains("<h1>\(typeset)</h1>"))
        #expect(page.contains("<title>\(typeset) — Qui suivre\u{202F}?</title>"))
        #expect(page.contains("\"name\":\"\(typeset)\""), "JSON-LD")
        #expect(page.contains("Chef d’atelier"))
        #expect(page.contains("D’après «\u{A0}Le Film français\u{A0}»"))
        #expect(try #require(files["metiers/production/index.html"]).contains(">\(typeset)</a>"), "card")
        #expect(try #require(files["atom.xml"]).contains("<title>\(typeset)</title>"))
        #expect(try #require(files["donnees/guide.json"]).contains("\"name\":\"\(typeset)\""))
        for (path, text) in files where path.hasSuffix(".html") || path.hasSuffix(".xml") || path.hasSuffix(".json") {
            #expect(!text.contains("L'Atelier") && !text.contains("d'Ève") && !text.contains("Chef d'"), "\(path)")
        }
    }
}

/// A body's headings sit below its page's: one `<h1>` per page, a bio's `#` under "Présentation".
@Suite struct BodyHeadingTests {
    @Test func bioHeadingsComeBelowThePresentationHeading() async throws {
        let files = try await buildWithShippedTheme([
            "metiers/production.md": production,
            "profils/marc.md": "---\nname: Marc\nprofessions: [production]\n---\n# Parcours\n\nTexte.\n\n## Films\n\nListe.\n",
            "pages/a-propos.md": "---\ntitle: À propos\n---\n# Le guide\n\nTexte.\n",
        ])
        let profile = try #require(files["profils/marc/index.html"])
        #expect(profile.components(separatedBy: "<h1").count == 2)
        #expect(profile.contains("<h3>Parcours</h3>") && profile.contains("<h4>Films</h4>"))
        let page = try #require(files["a-propos/index.html"])
        #expect(page.components(separatedBy: "<h1").count == 2)
        #expect(page.contains("<h2>Le guide</h2>"))
    }
}

/// `source` takes one source or a list of them; pages list each, links for URLs, under "Source" or "Sources".
@Suite struct SourceListTests {
    @Test func everySourceIsShownAndExported() async throws {
        let files = try await buildWithShippedTheme([
            "metiers/production.md": production,
            "profils/marc.md": TestSite.profile(
                "Marc", professions: ["production"],
                extra: "source:\n  - https://www.cnc.fr/annuaire/\n  - \"Dossier de presse de l'année\"\n"),
            "profils/zoe.md": TestSite.profile("Zoé", professions: ["production"], extra: "source: Article de 2013\n"),
        ])
        func text(_ path: String) throws -> String { try #require(files[path]) }
        let marc = try text("profils/marc/index.html")
        #expect(marc.contains("<dt>Sources</dt>"))
        #expect(marc.contains("<dd><a href=\"https://www.cnc.fr/annuaire/\">www.cnc.fr/annuaire</a></dd>"))
        #expect(marc.contains("<dd>Dossier de presse de l’année</dd>"))
        #expect(try text("profils/zoe/index.html").contains("<dt>Source</dt>\n<dd>Article de 2013</dd>"))
        #expect(try text("donnees/guide.json").contains(
            "\"sources\":[\"https://www.cnc.fr/annuaire/\",\"Dossier de presse de l’année\"]"))
    }
}
