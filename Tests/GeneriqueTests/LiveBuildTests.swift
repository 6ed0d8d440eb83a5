import Foundation
import GeneriqueBuild
import GeneriqueCore
import GeneriqueServe
import Synchronization
import Testing

/// `serve` rebuilds incrementally in memory; what it serves must be exactly what `build` publishes.
@Suite struct LiveBuildTests {
    @Test func incrementalRebuildsEqualAFullBuildAndCarryNoReloadScript() async throws {
        let root = try ServeTests.copyOfBasicFixture()
        defer { try? FileManager.default.removeItem(at: root) }
        var live = LiveBuild(root: root, baseURL: nil, includeDrafts: false)
        let first = await live.rebuild()
        #expect(try await Self.fullBuild(root) == first.files)

        // One bio edited: one page rendered again (the profile; its card shows no bio), same bytes as a full build.
        let profile = root.appendingPathComponent("content/profils/eric-abel.md")
        try (try String(contentsOf: profile, encoding: .utf8) + "\nAjout.\n").write(to: profile, atomically: true, encoding: .utf8)
        let second = await live.rebuild()
        #expect(second.renderedPages == 1)
        #expect(try await Self.fullBuild(root) == second.files)

        // A profile removed disappears everywhere, as in a full build; a template change re-renders its pages.
        try FileManager.default.removeItem(at: root.appendingPathComponent("content/profils/elodie-berard.md"))
        let layout = root.appendingPathComponent("templates/layout.mustache")
        try (try String(contentsOf: layout, encoding: .utf8) + "<!-- pied -->\n").write(to: layout, atomically: true, encoding: .utf8)
        let third = await live.rebuild()
        let full = try await Self.fullBuild(root)
        #expect(full == third.files)
        #expect(third.files?.keys.contains { $0.contains("elodie-berard") } == false)
        #expect(third.files != nil)

        // A métier's label and a société's name appear on the pages of their members: those change too.
        try Self.replace("label: Distribution", with: "label: Diffusion", in: root.appendingPathComponent("content/metiers/distribution.md"))
        try Self.replace("name: Gaumont", with: "name: Gaumont Pathé", in: root.appendingPathComponent("content/societes/gaumont.md"))
        let fourth = await live.rebuild()
        #expect(fourth.renderedPages > 2)
        #expect(try await Self.fullBuild(root) == fourth.files)
        #expect(fourth.files.map { String(decoding: $0["profils/eric-abel/index.html"] ?? [], as: UTF8.self) }?.contains("Diffusion") == true)

        // A member's card (its role) and the group's follow files (a new Mastodon account) change the métier
        // page, whose other inputs did not change.
        try Self.replace(
            "professions: [distribution]", with: "professions: [distribution]\nrole: Distributeur\naccounts:\n  mastodon: eric@piaille.fr",
            in: profile)
        let fifth = await live.rebuild()
        #expect(try await Self.fullBuild(root) == fifth.files)
        let metierPage = fifth.files.map { String(decoding: $0["metiers/distribution/index.html"] ?? [], as: UTF8.self) }
        #expect(metierPage?.contains("Distributeur") == true)

        for (path, bytes) in fifth.files ?? [:] {
            #expect(!String(decoding: bytes, as: UTF8.self).contains("__generique"), "\(path) carries serve's script")
        }
    }

    /// The day is asked at each rebuild, and dates are checked on the parsed model: a file kept from the
    /// previous parse is not judged against the previous day.
    @Test func datesAreCheckedAgainstTheDayOfEachRebuild() async throws {
        let root = try ServeTests.copyOfBasicFixture()
        defer { try? FileManager.default.removeItem(at: root) }
        let day = Mutex(try #require(LocalDate(iso: "2020-01-01")))
        var live = LiveBuild(root: root, baseURL: nil, includeDrafts: false, today: { day.withLock { $0 } })
        let early = await live.rebuild()
        #expect(early.files != nil && early.diagnostics.contains { $0.code == "future-date" })
        day.withLock { $0 = LocalDate(iso: "2099-01-01")! }
        let late = await live.rebuild()
        #expect(late.files != nil && !late.diagnostics.contains { $0.code == "future-date" })
    }

    /// With the paths a watcher reported, only those files are read again; anything a reread cannot be sure
    /// of (a new file, a deleted one) falls back to a full read. Either way the output is a full build's.
    @Test func rebuildsFromReportedPathsEqualAFullBuild() async throws {
        let root = try ServeTests.copyOfBasicFixture()
        defer { try? FileManager.default.removeItem(at: root) }
        var live = LiveBuild(root: root, baseURL: nil, includeDrafts: false)
        _ = await live.rebuild()
        let profile = root.appendingPathComponent("content/profils/eric-abel.md")
        try (try String(contentsOf: profile, encoding: .utf8) + "\nRelu seul.\n").write(to: profile, atomically: false, encoding: .utf8)
        let edited = await live.rebuild(changed: [profile.path])
        #expect(try await Self.fullBuild(root) == edited.files)
        #expect(edited.files.map { String(decoding: $0["profils/eric-abel/index.html"] ?? [], as: UTF8.self) }?.contains("Relu seul.") == true)

        let created = root.appendingPathComponent("content/profils/zoe-nouvelle.md")
        try "---\nname: Zoé Nouvelle\nprofessions: [production]\n---\nBio.\n".write(to: created, atomically: false, encoding: .utf8)
        let withNewFile = await live.rebuild(changed: [created.path])
        #expect(withNewFile.files?["profils/zoe-nouvelle/index.html"] != nil)
        #expect(try await Self.fullBuild(root) == withNewFile.files)

        try FileManager.default.removeItem(at: created)
        let withoutIt = await live.rebuild(changed: [created.path])
        #expect(withoutIt.files?["profils/zoe-nouvelle/index.html"] == nil)
        #expect(try await Self.fullBuild(root) == withoutIt.files)
    }

    @Test func errorsKeepThePreviousPagesForTheNextRebuild() async throws {
        let root = try ServeTests.copyOfBasicFixture()
        defer { try? FileManager.default.removeItem(at: root) }
        var live = LiveBuild(root: root, baseURL: nil, includeDrafts: false)
        _ = await live.rebuild()
        let profile = root.appendingPathComponent("content/profils/eric-abel.md")
        let good = try Data(contentsOf: profile)
        try Data("---\nname: [\n---\n".utf8).write(to: profile)
        let broken = await live.rebuild()
        #expect(broken.files == nil)
        #expect(broken.diagnostics.contains { $0.location.path == "content/profils/eric-abel.md" && $0.severity == .error })
        try good.write(to: profile)
        let fixed = await live.rebuild()
        #expect(fixed.renderedPages == 0, "nothing a reader sees changed since the last good build")
        #expect(try await Self.fullBuild(root) == fixed.files)
    }

    private static func replace(_ old: String, with new: String, in file: URL) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains(old), "\(file.lastPathComponent) has no '\(old)'")
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
    }

    /// What `build` would publish for the site in `root`, by path.
    static func fullBuild(_ root: URL) async throws -> [String: [UInt8]]? {
        let (tree, _) = try await SourceReader.read(root: root)
        let result = await SiteGenerator.generate(tree)
        return result.files.map { Dictionary(uniqueKeysWithValues: $0.map { ($0.path, $0.bytes) }) }
    }
}
