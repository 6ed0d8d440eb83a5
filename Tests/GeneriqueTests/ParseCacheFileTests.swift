import Foundation
import GeneriqueCore
import Testing

@testable import GeneriqueBuild

/// `build` keeps its parse cache beside the output folder: a rebuild parses only what changed, and its
/// output is byte for byte a clean build's, whatever state the cache file is in.
@Suite struct ParseCacheFileTests {
    private func snapshot(_ folder: URL) -> [String: Data] { FolderSnapshot.read(folder) }

    /// A site of 40 generated profiles in a fresh folder, with the output folder `public` inside it.
    private func makeSite() throws -> (root: URL, output: URL) {
        let root = TestPaths.temporaryFolder()
        try TestSite.write(TestSite.generated(count: 40, variant: 0), to: root)
        return (root, root.appendingPathComponent("public"))
    }

    private func build(_ root: URL, _ output: URL, baseURL: String? = nil) async throws -> BuildStatistics {
        let report = try await SiteBuilder.build(BuildOptions(root: root, output: output, baseURL: baseURL))
        #expect(report.succeeded)
        return report.statistics
    }

    private func append(_ sentence: String, toProfile slug: String, in root: URL) throws {
        let file = root.appendingPathComponent("content/profils/\(slug).md")
        try Data((try String(contentsOf: file, encoding: .utf8) + "\n\(sentence)\n").utf8).write(to: file)
    }

    /// A build into a folder that has never had a cache: what every other build must equal.
    private func cleanBuild(_ root: URL, baseURL: String? = nil) async throws -> [String: Data] {
        let clean = root.appendingPathComponent("clean-\(UUID().uuidString)")
        let statistics = try await build(root, clean, baseURL: baseURL)
        #expect(statistics.parsedFiles == statistics.contentFiles)
        return snapshot(clean)
    }

    @Test func aRebuildAfterAnEditParsesOneFileAndEqualsACleanBuild() async throws {
        let (root, output) = try makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let first = try await build(root, output)
        #expect(first.contentFiles == 41 && first.parsedFiles == 41)
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent(".public.generique-cache").path))
        #expect(try await build(root, output).parsedFiles == 0)

        try append("Une phrase de plus.", toProfile: "p2", in: root)
        let second = try await build(root, output)
        #expect(second.parsedFiles == 1 && second.contentFiles == 41)
        let pages = snapshot(output)
        #expect(String(decoding: pages["profils/p2/index.html"] ?? Data(), as: UTF8.self).contains("Une phrase de plus."))
        #expect(pages == (try await cleanBuild(root)), "a rebuild from the cache equals a clean build, byte for byte")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.contains(".tmp.") }
        #expect(leftovers.isEmpty)
    }

    @Test(arguments: ["missing", "empty", "truncated", "damaged", "garbage"])
    func aBadCacheFileMeansAFullParse(state: String) async throws {
        let (root, output) = try makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try await build(root, output)
        let cacheFile = root.appendingPathComponent(".public.generique-cache")
        let bytes = [UInt8](try Data(contentsOf: cacheFile))
        switch state {
        case "missing": try FileManager.default.removeItem(at: cacheFile)
        case "empty": try Data().write(to: cacheFile)
        case "truncated": try Data(bytes.prefix(bytes.count / 2)).write(to: cacheFile)
        case "damaged":
            var copy = bytes
            copy[copy.count / 2] ^= 0x01
            try Data(copy).write(to: cacheFile)
        default:
            var generator = SplitMix(seed: 11)
            try Data((0..<bytes.count).map { _ in UInt8(truncatingIfNeeded: generator.next()) }).write(to: cacheFile)
        }
        try append("Encore une phrase.", toProfile: "p5", in: root)
        // Without its build record, the bio edit is a whole build (a quick rebuild reads no parse cache).
        try FileManager.default.removeItem(at: root.appendingPathComponent(".public.build.generique-cache"))
        let statistics = try await build(root, output)
        #expect(statistics.parsedFiles == statistics.contentFiles)
        #expect(snapshot(output) == (try await cleanBuild(root)))
        #expect(try await build(root, output).parsedFiles == 0, "the next build has a good cache again")
    }

    @Test(arguments: ["profile added", "profile removed", "base URL"])
    func aCacheFromOtherPathsOrBaseURLIsNotReused(change: String) async throws {
        let (root, output) = try makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try await build(root, output)
        var baseURL: String?
        switch change {
        case "profile added":
            let profile = TestSite.profile("Personne nouvelle", professions: ["production"])
            try Data(profile.utf8).write(to: root.appendingPathComponent("content/profils/nouvelle.md"))
        case "profile removed": try FileManager.default.removeItem(at: root.appendingPathComponent("content/profils/p7.md"))
        default: baseURL = "https://example.org/autre/"
        }
        let statistics = try await build(root, output, baseURL: baseURL)
        #expect(statistics.parsedFiles == statistics.contentFiles)
        #expect(snapshot(output) == (try await cleanBuild(root, baseURL: baseURL)))
    }

    @Test func checkKeepsNoCache() async throws {
        let (root, output) = try makeSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let report = try await SiteBuilder.build(BuildOptions(root: root, output: output, writesOutput: false))
        #expect(report.succeeded)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).allSatisfy { !$0.contains("generique-cache") })
    }

    @Test func theProgramIdentityIsKnownAndStable() throws {
        let identity = try #require(ProgramIdentity.current())
        #expect(ProgramIdentity.current() == identity)
    }
}
