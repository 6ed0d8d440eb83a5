import Foundation
import GeneriqueBuild
import GeneriqueCore
import Testing

/// `Tests/Fixtures/Sites/hostile/`: script tags, event handlers, `javascript:` URLs, quotes and `</script>`
/// in every front-matter field and in Markdown, built with the shipped theme. No page may contain anything a
/// browser would execute.
@Suite struct HostileContentTests {
    private static let dangerousTags: Set<String> = ["script", "iframe", "object", "embed", "frame", "frameset", "base"]
    private static let urlAttributes: Set<String> = ["href", "src", "action", "formaction", "data", "poster", "xlink:href"]

    private func buildHostileSite() async throws -> [OutputFile] {
        let result = try await Self.generateHostileSite()
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.formatted) == [])
        return try #require(result.files)
    }

    /// The hostile content built with the shipped theme, its templates first passed through `editTemplate`.
    private static func generateHostileSite(editTemplate: (SourceFile) -> SourceFile = { $0 }) async throws
        -> SiteGenerator.Result
    {
        let (content, readDiagnostics) = try await SourceReader.read(
            folders: ["content"], root: TestPaths.fixtures.appendingPathComponent("Sites/hostile"))
        let (theme, _) = try await SourceReader.read(folders: ["templates"], root: TestPaths.packageRoot)
        #expect(readDiagnostics.isEmpty)
        return await SiteGenerator.generate(SourceTree(files: content.files + theme.files.map(editTemplate)))
    }

    /// A card printing the name and the sociétés with triple braces would put the profile's `<img onerror>`
    /// and the société's `<script>` on every list: the build refuses it, at each tag.
    @Test func rawTagsOnTextFieldsAreRefused() async throws {
        let card = "templates/partials/profile-card.mustache"
        let result = try await Self.generateHostileSite { file in
            guard file.path == card else { return file }
            let text = String(decoding: file.bytes, as: UTF8.self)
            return SourceFile(
                path: card,
                text: text.replacingOccurrences(of: "{{name}}", with: "{{{name}}}")
                    .replacingOccurrences(of: "{{.}}", with: "{{{.}}}"))
        }
        let leaking = (result.files ?? []).filter { page in
            let html = String(decoding: page.bytes, as: UTF8.self)
            return html.contains("<script>alert('societe')") || html.contains("<img src=x onerror")
        }
        #expect(leaking.map(\.path) == [])
        #expect(result.files == nil)
        #expect(
            result.diagnostics.map { "\($0.location.path):\($0.location.line):\($0.location.column) \($0.code)" } == [
                "\(card):2:41 unescaped-template-value", "\(card):5:27 unescaped-template-value",
            ])
    }

    @Test func noPageContainsExecutableContent() async throws {
        let pages = try await buildHostileSite().filter { $0.path.hasSuffix(".html") }
        #expect(pages.count >= 8)
        for page in pages {
            let html = String(decoding: page.bytes, as: UTF8.self)
            for tag in HTMLScanner.startTags(in: html) {
                // Structured data is the one script element allowed: JSON, which browsers never execute.
                // The search page loads the theme's own script, from the site itself.
                let isData = tag.name == "script" && tag.attributes.map(\.name) == ["type"]
                    && tag.attributes.first?.value == "application/ld+json"
                let isSearchScript = page.path == "recherche/index.html" && tag.name == "script"
                    && tag.attributes.first { $0.name == "src" }?.value == "/guide/assets/recherche.js"
                #expect(isData || isSearchScript || !Self.dangerousTags.contains(tag.name), "<\(tag.name)> in \(page.path)")
                for attribute in tag.attributes {
                    #expect(!attribute.name.hasPrefix("on"), "\(attribute.name)= on <\(tag.name)> in \(page.path)")
                    if Self.urlAttributes.contains(attribute.name) {
                        let url = attribute.value.trimmingCharacters(in: .whitespaces).lowercased()
                        for scheme in ["javascript:", "data:", "vbscript:"] {
                            #expect(!url.hasPrefix(scheme), "\(attribute.name)=\(url) in \(page.path)")
                        }
                    }
                }
            }
        }
    }

    @Test func hostileTextIsShownEscapedNotDropped() async throws {
        let files = try await buildHostileSite()
        let profile = try #require(files.first { $0.path == "profils/hostile/index.html" })
        let html = String(decoding: profile.bytes, as: UTF8.self)
        // The name is visible as text, and the code block keeps its script as text.
        #expect(html.contains("&lt;img src=x onerror=alert(&#39;name&#39;)&gt;") || html.contains("&lt;img src=x onerror=alert('name')&gt;"))
        #expect(html.contains("&lt;script&gt;alert(&#39;code&#39;)&lt;/script&gt;") || html.contains("&lt;script&gt;alert('code')&lt;/script&gt;"))
        #expect(html.contains("raw HTML omitted"))
    }

    /// Every page's JSON-LD is one script element whose text parses as JSON, even when names and roles hold
    /// `</script>` and quotes: the values come back exactly.
    @Test func structuredDataSurvivesHostileText() async throws {
        let files = try await buildHostileSite()
        for page in files where page.path.hasSuffix(".html") {
            let html = String(decoding: page.bytes, as: UTF8.self)
            let opening = "<script type=\"application/ld+json\">"
            let parts = html.components(separatedBy: opening)
            try #require(parts.count == 2, "one JSON-LD block in \(page.path)")
            let json = try #require(parts[1].components(separatedBy: "</script>").first)
            #expect(!json.contains("<"), "\(page.path): '<' must be escaped inside the script")
            let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
            #expect(object?["@context"] as? String == "https://schema.org", "\(page.path)")
        }
        let profile = try #require(files.first { $0.path == "profils/hostile/index.html" })
        let html = String(decoding: profile.bytes, as: UTF8.self)
        let json = html.components(separatedBy: "<script type=\"application/ld+json\">")[1].components(separatedBy: "</script>")[0]
        let graph = try #require((try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["@graph"] as? [[String: Any]])
        let person = try #require(graph.first { $0["@type"] as? String == "Person" })
        #expect(person["name"] as? String == "<img src=x onerror=alert('name')>")
        #expect(person["jobTitle"] as? String == FrenchTypography.apply(to: "\"><script>alert('role')</script>"))
    }
}
