import Foundation
import GeneriqueBuild
import GeneriqueCore
import Testing

@testable import GeneriqueContent

/// The parse cache through its file form: reused whole when nothing changed, refused when damaged or made
/// by another program, and never reused under other link targets, base path or HTML policy.
@Suite struct ParseCacheTests {
    private let program = ContentDigest(of: Array("this test".utf8))

    /// The cache as the next build reads it back from its file.
    private func saved(_ cache: ContentParseCache) async throws -> ContentParseCache {
        try #require(await ContentParseCache(serialized: await cache.serialized(program: program), program: program))
    }

    private func load(_ tree: SourceTree, baseURL: String? = nil, cache: inout ContentParseCache) async -> ContentLoadResult {
        await ContentLoader.load(tree, baseURLOverride: baseURL, includeDrafts: false, cache: &cache)
    }

    private func fixture(_ name: String) throws -> SourceTree {
        try SourceReader.read(folders: ["content"], root: TestPaths.fixtures.appendingPathComponent("Sites/\(name)")).0
    }

    /// Two profiles, one a draft that the other links to twice (errors positioned in the linking bio, worked
    /// out from the cached body), and a link to a profile that does not exist yet.
    private func siteWithDiagnostics(_ extra: [String: String] = [:], site: String = TestSite.siteYAML) -> SourceTree {
        var files = [
            "metiers/production.md": TestSite.metier("Productrices et producteurs", label: "Production", order: 1),
            "societes/gaumont.md": TestSite.societe("Gaumont"),
            "profils/anne.md": TestSite.profile("Anne", professions: ["production"], extra: "draft: true\n"),
            "profils/bruno.md": TestSite.profile("Bruno", professions: ["production"])
                + "\nAvec [Anne](anne.md), [Anne encore](/profils/anne/) et [Claude](claude.md).\n",
        ]
        files.merge(extra) { _, new in new }
        return TestSite.tree(files, site: site)
    }

    @Test(arguments: ["basic", "hostile", nil])
    func aSavedCacheIsReusedWholeAndLoadsTheSameContent(fixture name: String?) async throws {
        let tree = try name.map(fixture) ?? siteWithDiagnostics()
        var first = ContentParseCache()
        let fresh = await load(tree, cache: &first)
        #expect(first.count > 3 && first.parsedCount == first.count)
        if name == nil {
            #expect(fresh.diagnostics.map(\.code).sorted() == ["broken-link", "link-to-draft", "link-to-draft"])
        } else {
            #expect(fresh.content != nil)
        }

        let saved = try await saved(first)
        var cache = saved
        let reloaded = await load(tree, cache: &cache)
        #expect(cache.parsedCount == 0)
        #expect(cache.count == first.count)
        for (path, entry) in cache.entries {
            #expect(entry.parsed === saved.entries[path]?.parsed, "\(path) was parsed again")
        }
        #expect(reloaded.content == fresh.content)
        #expect(reloaded.diagnostics == fresh.diagnostics)
        #expect(reloaded.diagnostics.map(\.formatted) == fresh.diagnostics.map(\.formatted))
    }

    @Test func onlyTheEditedFileIsParsedAgain() async throws {
        let tree = try fixture("basic")
        var cache = ContentParseCache()
        _ = await load(tree, cache: &cache)
        cache = try await saved(cache)
        let edited = SourceTree(
            files: tree.files.map { file in
                guard file.path == "content/profils/eric-abel.md" else { return file }
                return SourceFile(path: file.path, bytes: file.bytes + Array("\nUne phrase de plus.\n".utf8))
            })
        let result = await load(edited, cache: &cache)
        #expect(cache.parsedCount == 1)
        var none = ContentParseCache()
        let fresh = await load(edited, cache: &none)
        #expect(result.content == fresh.content)
        #expect(result.diagnostics == fresh.diagnostics)
        #expect(fresh.content?.profiles.first { $0.slug == "eric-abel" }?.bio.html.contains("Une phrase de plus.") == true)
    }

    /// Each changes how bodies render: a cache from before must not be used.
    @Test(arguments: ["file added", "file removed", "base URL", "raw HTML"])
    func aCacheMadeUnderOtherLinkTargetsOrSettingsIsNotReused(change: String) async throws {
        var cache = ContentParseCache()
        _ = await load(siteWithDiagnostics(), cache: &cache)
        cache = try await saved(cache)
        var tree = siteWithDiagnostics()
        var baseURL: String?
        switch change {
        case "file added": tree = siteWithDiagnostics(["profils/claude.md": TestSite.profile("Claude", professions: ["production"])])
        case "file removed": tree = SourceTree(files: tree.files.filter { $0.path != "content/societes/gaumont.md" })
        case "base URL": baseURL = "https://example.org/autre/"
        default: tree = siteWithDiagnostics(site: TestSite.siteYAML + "\nunsafe_html: true\n")
        }
        let result = await load(tree, baseURL: baseURL, cache: &cache)
        #expect(cache.parsedCount == cache.count)
        var none = ContentParseCache()
        let fresh = await load(tree, baseURL: baseURL, cache: &none)
        #expect(result.content == fresh.content)
        #expect(result.diagnostics == fresh.diagnostics)
    }

    @Test func aNewTemplateKeepsEveryEntry() async throws {
        var cache = ContentParseCache()
        _ = await load(siteWithDiagnostics(), cache: &cache)
        cache = try await saved(cache)
        let tree = SourceTree(files: siteWithDiagnostics().files + [SourceFile(path: "templates/partials/new.mustache", text: "")])
        _ = await load(tree, cache: &cache)
        #expect(cache.parsedCount == 0)
    }

    @Test func damagedTruncatedOrForeignFilesAreRefused() async throws {
        var cache = ContentParseCache()
        _ = await load(try fixture("basic"), cache: &cache)
        let bytes = await cache.serialized(program: program)
        #expect(await ContentParseCache(serialized: bytes, program: program) != nil)
        #expect(await ContentParseCache(serialized: bytes, program: ContentDigest(of: [1])) == nil, "another program's")

        var damaged: [[UInt8]] = [[], [0], bytes + [0], Array(bytes.dropLast()), Array(bytes.dropLast(8))]
        for cut in [1, 8, 23, 24, 40, bytes.count / 3, bytes.count / 2, bytes.count - 9] {
            damaged.append(Array(bytes.prefix(cut)))
        }
        for position in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 97)) {
            var copy = bytes
            copy[position] ^= 0x04
            damaged.append(copy)
        }
        var generator = SplitMix(seed: 7)
        damaged.append((0..<4096).map { _ in UInt8(truncatingIfNeeded: generator.next()) })
        for (index, candidate) in damaged.enumerated() {
            #expect(await ContentParseCache(serialized: candidate, program: program) == nil, "damaged copy \(index)")
        }
    }

    /// Past the checksum, the reader itself must refuse damage without crashing: a truncated body with a
    /// checksum that matches it.
    @Test func truncatedContentWithAValidChecksumIsRefused() async throws {
        var cache = ContentParseCache()
        _ = await load(try fixture("basic"), cache: &cache)
        let payload = Array(await cache.serialized(program: program).dropLast(8))
        for cut in stride(from: 0, to: payload.count, by: max(1, payload.count / 301)) {
            var candidate = Array(payload.prefix(cut))
            withUnsafeBytes(of: XXHash64.of(candidate).littleEndian) { candidate.append(contentsOf: $0) }
            #expect(await ContentParseCache(serialized: candidate, program: program) == nil, "cut at \(cut)")
        }
    }
}
