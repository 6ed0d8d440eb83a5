import Foundation
import GeneriqueBuild
import GeneriqueContent
import GeneriqueCore
import Testing

/// Every internal link and asset reference of the built site resolves to a file of the output, and every page
/// has `lang="fr"`, a meta description and a title no other page has: the shipped guide, and 200 generated
/// profiles (with a display name carried twice) with the shipped theme.
@Suite struct InternalLinkTests {
    /// `href`/`src` values of every page that stay on the site, with the page they are on.
    private static func references(in files: [String: String], basePath: String) -> [(page: String, target: String)] {
        var found: [(String, String)] = []
        for (path, html) in files where path.hasSuffix(".html") {
            for tag in HTMLScanner.startTags(in: html) {
                for attribute in tag.attributes where attribute.name == "href" || attribute.name == "src" {
                    let value = attribute.value
                    guard value.hasPrefix("/") || (!value.contains(":") && !value.hasPrefix("#")) else { continue }
                    found.append((path, value))
                }
            }
        }
        return found
    }

    /// The output file a site path leads to, as a static host resolves it (`/a/` → `a/index.html`).
    private static func file(for target: String, from page: String, basePath: String) -> String? {
        var path = String(target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0])
        path = String(path.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0])
        if !path.hasPrefix("/") {
            path = "/" + page.split(separator: "/").dropLast().joined(separator: "/") + "/" + path
        }
        guard path.hasPrefix(basePath) else { return nil }
        let relative = String(path.dropFirst(basePath.count))
        return relative.isEmpty || relative.hasSuffix("/") ? relative + "index.html" : relative
    }

    private static func check(_ tree: SourceTree) async throws {
        let result = await SiteGenerator.generate(tree)
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.formatted) == [])
        let output = try #require(result.files)
        let files = Dictionary(uniqueKeysWithValues: output.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
        let basePath = try #require(await ContentLoader.load(tree).content?.config.basePath)
        let references = Self.references(in: files, basePath: basePath)
        #expect(references.count > files.count, "pages link to each other")
        for (page, target) in references {
            let resolved = Self.file(for: target, from: page, basePath: basePath)
            #expect(resolved.map { files[$0] != nil } == true, "\(page) → \(target) leads to no file")
        }
        var titles: [String: String] = [:]
        for (path, html) in files where path.hasSuffix(".html") {
            #expect(html.contains("<html lang=\"fr\">"), "\(path)")
            #expect(html.contains("<meta name=\"description\" content=\"") && !html.contains("content=\"\">"), "\(path)")
            let title = html.components(separatedBy: "<title>").dropFirst().first?.components(separatedBy: "</title>").first
            let unique = try #require(title, "\(path) has a title")
            #expect(titles[unique] == nil, "\(path) and \(titles[unique] ?? "") share the title '\(unique)'")
            titles[unique] = path
        }
    }

    @Test func theShippedGuideHasNoBrokenInternalLink() async throws {
        let (tree, _) = try await SourceReader.read(root: TestPaths.packageRoot)
        try await Self.check(tree)
    }

    @Test func twoHundredGeneratedProfilesHaveNoBrokenInternalLink() async throws {
        var generated = TestSite.generated(count: 200, variant: 0)
        // Two people of the same name and the same métier: the titles must still differ.
        generated = SourceTree(
            files: generated.files + [
                SourceFile(path: "content/profils/personne-7-bis.md", text: TestSite.profile("Personne 7", professions: ["production"]))
            ])
        let (theme, _) = try await SourceReader.read(folders: ["templates"], root: TestPaths.packageRoot)
        try await Self.check(SourceTree(files: generated.files.filter { !$0.path.hasPrefix("templates/") } + theme.files))
    }
}
