import Foundation
import GeneriqueBuild
import GeneriqueCore
import Testing

/// The guide shipped in `content/` with the default theme in `templates/`.
@Suite struct ShippedSiteTests {
    @Test func buildsWithZeroDiagnostics() async throws {
        let (tree, readDiagnostics) = try await SourceReader.read(root: TestPaths.packageRoot)
        let result = await SiteGenerator.generate(tree)
        #expect((readDiagnostics + result.diagnostics).map(\.formatted) == [])
        let files = try #require(result.files)
        let paths = Set(files.map(\.path))
        for expected in [
            "index.html", "profils/index.html", "profils/marc-missonnier/index.html", "metiers/index.html",
            "metiers/production/index.html", "societes/index.html", "societes/gaumont/index.html",
            "a-propos/index.html", "confidentialite/index.html", "mentions-legales/index.html", "404.html",
            "assets/style.css",
        ] {
            #expect(paths.contains(expected), "missing \(expected)")
        }
        for file in files where file.path.hasSuffix(".html") {
            let html = String(decoding: file.bytes, as: UTF8.self)
            #expect(html.contains("<html lang=\"fr\""), "\(file.path) must declare lang=fr")
            // Structured data is JSON, never executed; the search page's script only enhances a page that
            // already offers the A–Z and the métiers. No other page has a script.
            let scripts = html.components(separatedBy: "<script").count - 1
            let data = html.components(separatedBy: "<script type=\"application/ld+json\">").count - 1
            let search = file.path == "recherche/index.html" ? 1 : 0
            #expect(scripts == data + search, "\(file.path) must not need JavaScript")
            if search == 1 { #expect(html.contains("Parcourir le guide") && html.contains("index-list")) }
        }
    }

    @Test func hasAllTwentyMetiers() async throws {
        let (tree, _) = try await SourceReader.read(root: TestPaths.packageRoot)
        #expect(tree.files(under: "content/metiers/").count == 20)
    }
}
