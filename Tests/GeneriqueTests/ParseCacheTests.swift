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
        try #require(await Self.read(Array(await cache.serialized(program: program).joined()), program: program))
    }

    /// The cache read from the bytes of a file.
    private static func read(_ file: [UInt8], program: ContentDigest) async -> ContentParseCache? {
        await ContentParseCache(program: program) { offset, count in
            offset >= 0 && count >= 0 && offset + count <= file.count ? Array(file[offset..<offset + count]) : nil
        }
    }

    private func load(_ tree: SourceTree, baseURL: String? = nil, cache: inout ContentParseCache) async -> ContentLoadResult {
        await ContentLoader.load(tree, baseURLOverride: baseURL, includeDrafts: false, cache: &cache)
    }

    private func fixture(_ name: String) async throws -> SourceTree {
        try await SourceReader.read(folders: ["content"], root: TestPaths.fixtures.appendingPathComponent("Sites/\(name)")).0
    }

    /// Two profiles, one a draft that the other links to twice (errors positioned in the linking bio, worked
    /// out from the cached body), and a link to a profile that does not exist yet; a société lists the other
    /// profile's account (a warning positioned at the cached handle).
    private func siteWithDiagnostics(_ extra: [String: String] = [:], site: String = TestSite.siteYAML) -> SourceTree {
        var files = [
            "metiers/production.md": TestSite.metier("Productrices et producteurs", label: "Production", order: 1),
            "societes/gaumont.md": TestSite.societe("Gaumont").replacingOccurrences(
                of: "kind:", with: "accounts:\n  mastodon: Bruno@Piaille.fr\nkind:"),
            "profils/anne.md": TestSite.profile("Anne", professions: ["production"], extra: "draft: true\n"),
            "profils/bruno.md": TestSite.profile(
                "Bruno", professions: ["production"], extra: "accounts:\n  mastodon: bruno@piaille.fr\n")
                + "\nAvec [Anne](anne.md), [Anne encore](/profils/anne/) et [Claude](claude.md).\n",
        ]
        files.merge(extra) { _, new in new }
        return TestSite.tree(files, site: site)
    }

    @Test(arguments: ["basic", "hostile", nil])
    func aSavedCacheIsReusedWholeAndLoadsTheSameContent(fixture name: String?) async throws {
        let tree = if let name { try await fixture(name) } else { siteWithDiagnostics() }
        var first = ContentParseCache()
        let fresh = await load(tree, cache: &first)
        #expect(first.count > 3 && first.parsedCount == first.count)
        if name == nil {
            #expect(
                fresh.diagnostics.map(\.code).sorted() == ["broken-link", "duplicate-account", "link-to-draft", "link-to-draft"])
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
        let tree = try await fixture("basic")
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
        _ = await load(try await fixture("basic"), cache: &cache)
        let bytes = Array(await cache.serialized(program: program).joined())
        #expect(await Self.read(bytes, program: program) != nil)
        #expect(await Self.read(bytes, program: ContentDigest(of: [1])) == nil, "another program's")

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
            #expect(await Self.read(candidate, program: program) == nil, "damaged copy \(index)")
        }
    }

    /// Past the checksums, the reader itself must refuse damage without crashing: every cut short encoding of
    /// a parsed file throws, and flipped bytes throw or decode, never trap.
    @Test func damagedEncodingsThrowWithoutCrashing() async throws {
        var cache = ContentParseCache()
        _ = await load(try await fixture("basic"), cache: &cache)
        let parsed = try #require(cache.entries["content/profils/eric-abel.md"]?.parsed)
        var writer = BinaryWriter()
        writer.write(parsed)
        let bytes = writer.bytes
        for cut in 0..<bytes.count {
            var reader = BinaryReader(Array(bytes.prefix(cut)))
            #expect((try? reader.read(ParsedContentFile.self)) == nil, "cut at \(cut)")
        }
        var generator = SplitMix(seed: 3)
        for position in 0..<bytes.count {
            var damaged = bytes
            damaged[position] = UInt8(truncatingIfNeeded: generator.next())
            var reader = BinaryReader(damaged)
            _ = try? reader.read(ParsedContentFile.self)
        }
    }
}
