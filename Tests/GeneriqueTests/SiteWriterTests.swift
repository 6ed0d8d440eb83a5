import Foundation
import GeneriqueBuild
import GeneriqueCore
import Testing

@Suite struct SiteWriterTests {
    private func makeSite(in root: URL, profiles: [String]) throws {
        var files: [String: String] = [
            "metiers/production.md": TestSite.metier("Productrices et producteurs", label: "Production", order: 1)
        ]
        for slug in profiles { files["profils/\(slug).md"] = TestSite.profile(slug.capitalized, professions: ["production"]) }
        try TestSite.write(TestSite.tree(files), to: root)
    }

    private func snapshot(_ folder: URL) -> [String: Data] { FolderSnapshot.read(folder) }

    @Test func rebuildsRemoveStalePagesAndAreByteIdentical() async throws {
        let root = TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("public")
        try makeSite(in: root, profiles: ["anne", "bruno"])
        #expect(try await SiteBuilder.build(BuildOptions(root: root, output: output)).succeeded)
        let first = snapshot(output)
        #expect(first["profils/bruno/index.html"] != nil)
        #expect(try await SiteBuilder.build(BuildOptions(root: root, output: output)).succeeded)
        #expect(snapshot(output) == first)

        try makeSite(in: root, profiles: ["anne"])
        #expect(try await SiteBuilder.build(BuildOptions(root: root, output: output)).succeeded)
        #expect(snapshot(output)["profils/bruno/index.html"] == nil)
        #expect(snapshot(output)["profils/anne/index.html"] != nil)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.contains("staging") }
        #expect(leftovers.isEmpty)
    }

    @Test func unchangedFilesAreLinkedNotRewrittenAndIncrementalEqualsClean() async throws {
        let root = TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("public")
        try TestSite.write(TestSite.generated(count: 30, variant: 0), to: root)
        #expect(try await SiteBuilder.build(BuildOptions(root: root, output: output)).succeeded)
        func inode(_ path: String) -> UInt {
            var info = stat()
            return lstat(output.appendingPathComponent(path).path, &info) == 0 ? UInt(info.st_ino) : 0
        }
        let untouched = inode("profils/p1/index.html")
        let edited = inode("profils/p2/index.html")

        // Edit one profile; a hand edit of the output must not survive either.
        let profile = root.appendingPathComponent("content/profils/p2.md")
        try Data((try String(contentsOf: profile, encoding: .utf8) + "\nUne phrase de plus.\n").utf8).write(to: profile)
        try Data("tampered".utf8).write(to: output.appendingPathComponent("profils/p3/index.html"))
        #expect(try await SiteBuilder.build(BuildOptions(root: root, output: output)).succeeded)
        #expect(inode("profils/p1/index.html") == untouched, "an unchanged page is the same file, not a copy")
        #expect(inode("profils/p2/index.html") != edited)

        let clean = root.appendingPathComponent("clean")
        #expect(try await SiteBuilder.build(BuildOptions(root: root, output: clean)).succeeded)
        #expect(snapshot(output) == snapshot(clean), "an incremental build equals a clean one, byte for byte")

        // A template change re-renders every page that uses it.
        let card = root.appendingPathComponent("templates/partials/profile-card.mustache")
        try Data((try String(contentsOf: card, encoding: .utf8)).replacingOccurrences(of: "<li>", with: "<li class=\"carte\">").utf8)
            .write(to: card)
        #expect(try await SiteBuilder.build(BuildOptions(root: root, output: output)).succeeded)
        let fresh = root.appendingPathComponent("fresh")
        #expect(try await SiteBuilder.build(BuildOptions(root: root, output: fresh)).succeeded)
        #expect(snapshot(output) == snapshot(fresh))
        #expect(String(decoding: snapshot(output)["metiers/production/index.html"] ?? Data(), as: UTF8.self).contains("carte"))
    }

    /// The folder beside the output keeps the previous site and is brought up to date by the next build: what
    /// it holds that the build did not write — pages of removed profiles, files added or replaced by hand in
    /// the output or in that folder — must never reach a published site.
    @Test func theSpareFolderIsRecycledWithoutLettingStrayFilesThrough() async throws {
        let root = TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("public")
        let spare = root.appendingPathComponent(".public.generique-spare")
        try TestSite.write(TestSite.generated(count: 30, variant: 0), to: root)
        func build() async throws {
            // Whole builds only, which go through the spare folder: without its record, a bio edit is not quick.
            try? FileManager.default.removeItem(at: root.appendingPathComponent(".public.build.generique-cache"))
            #expect(try await SiteBuilder.build(BuildOptions(root: root, output: output)).succeeded)
            let clean = root.appendingPathComponent("clean")
            try? FileManager.default.removeItem(at: clean)
            #expect(try await SiteBuilder.build(BuildOptions(root: root, output: clean)).succeeded)
            #expect(snapshot(output) == snapshot(clean), "an incremental build equals a clean one, byte for byte")
        }
        func inode(_ folder: URL, _ path: String) -> UInt {
            var info = stat()
            return lstat(folder.appendingPathComponent(path).path, &info) == 0 ? UInt(info.st_ino) : 0
        }
        func append(_ text: String, to slug: String) throws {
            let profile = root.appendingPathComponent("content/profils/\(slug).md")
            try Data((try String(contentsOf: profile, encoding: .utf8) + "\n\(text)\n").utf8).write(to: profile)
        }
        try await build()
        let untouched = inode(output, "profils/p1/index.html")
        try append("Une phrase de plus.", to: "p2")
        try await build()
        #expect(FileManager.default.fileExists(atPath: spare.appendingPathComponent("profils/p2/index.html").path))

        // Stray files in the output and in the spare folder, a spare page replaced by hand, a removed profile.
        let strays = ["stray.txt", "profils/p1/stray.html", "nouveau/dossier/page.html"]
        for path in strays {
            let url = output.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("stray".utf8).write(to: url)
            try Data("stray".utf8).write(to: spare.appendingPathComponent("stray-in-spare.txt"))
        }
        let replaced = spare.appendingPathComponent("profils/p5/index.html")
        try FileManager.default.removeItem(at: replaced)
        try Data("replaced by hand".utf8).write(to: replaced)
        try FileManager.default.removeItem(at: root.appendingPathComponent("content/profils/p9.md"))
        for round in 0..<3 {
            try append("Tour \(round).", to: "p\(3 + round)")
            try await build()
        }
        #expect(inode(output, "profils/p1/index.html") == untouched, "an unchanged page stays the same file through swaps")
        for path in strays + ["stray-in-spare.txt", "profils/p9/index.html"] {
            #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path), "\(path) survived")
        }
    }

    /// Profile pages are fingerprinted from their inputs, not their views: a change anywhere a profile page
    /// takes text from (a métier's label, a société's name, the site's title, a name another profile comes to
    /// share) must still re-render it.
    @Test func profilePagesFollowEveryInputTheyAreMadeFrom() async throws {
        let root = TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("public")
        var files = [
            "metiers/production.md": TestSite.metier("Productrices et producteurs", label: "Production", order: 1),
            "societes/gaumont.md": TestSite.societe("Gaumont"),
            "profils/anne.md": TestSite.profile("Anne Martin", professions: ["production"], companies: ["gaumont"]),
            "profils/bruno.md": TestSite.profile("Bruno Petit", professions: ["production"]),
        ]
        var site = TestSite.siteYAML
        func buildAndCompare(_ step: String) async throws {
            try TestSite.write(TestSite.tree(files, site: site), to: root)
            #expect(try await SiteBuilder.build(BuildOptions(root: root, output: output)).succeeded)
            let clean = root.appendingPathComponent("clean")
            try? FileManager.default.removeItem(at: clean)
            #expect(try await SiteBuilder.build(BuildOptions(root: root, output: clean)).succeeded)
            #expect(snapshot(output) == snapshot(clean), "after \(step), an incremental build equals a clean one")
        }
        try await buildAndCompare("the first build")
        files["metiers/production.md"] = TestSite.metier("Productrices et producteurs", label: "Produire", order: 1)
        try await buildAndCompare("a new métier label")
        files["societes/gaumont.md"] = TestSite.societe("Gaumont SA")
        try await buildAndCompare("a new société name")
        site = site.replacingOccurrences(of: "Qui suivre ?", with: "Qui suivre donc ?")
        try await buildAndCompare("a new site title")
        files["profils/bruno.md"] = TestSite.profile("Anne Martin", professions: ["production"])
        try await buildAndCompare("a display name now shared")
    }

    /// Page fingerprints recorded by another program are not trusted (it may render the same view otherwise);
    /// the content hashes still are, so unchanged bytes keep their file.
    @Test func pagesRecordedByAnotherProgramAreRenderedAgain() async throws {
        let root = TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("public")
        let page = OutputFile(path: "p/index.html", text: "page")
        let first = ContentDigest(first: 1, second: 2)
        var staging = try await StagingFolder(for: output, program: first)
        try await staging.write([page], views: [42])
        try await staging.publish()
        staging.release()
        for (program, reused) in [(first, true), (ContentDigest(first: 1, second: 3), false), (nil, false)] {
            var next = try await StagingFolder(for: output, program: program)
            #expect(next.reuse(page.path, view: 42) == reused)
            if !reused { try await next.write([page], views: [42]) }
            #expect(next.unchangedCount == 1, "the same bytes are kept either way")
            next.release()
        }
    }

    @Test func refusesAFolderItDidNotCreate() async throws {
        let root = TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try makeSite(in: root, profiles: ["anne"])
        let output = root.appendingPathComponent("precious")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: output.appendingPathComponent("notes.txt"))
        await #expect(throws: BuildFailure.self) { try await SiteBuilder.build(BuildOptions(root: root, output: output)) }
        #expect(FileManager.default.contents(atPath: output.appendingPathComponent("notes.txt").path) == Data("keep me".utf8))
    }

    @Test func aBuildWithErrorsLeavesTheOutputUntouched() async throws {
        let root = TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("public")
        try makeSite(in: root, profiles: ["anne"])
        #expect(try await SiteBuilder.build(BuildOptions(root: root, output: output)).succeeded)
        let before = snapshot(output)
        try Data("---\nname: Broken\nprofessions: [nope]\n---\n".utf8)
            .write(to: root.appendingPathComponent("content/profils/broken.md"))
        let report = try await SiteBuilder.build(BuildOptions(root: root, output: output))
        #expect(!report.succeeded)
        #expect(snapshot(output) == before)
    }

    @Test func concurrentPublishesTakeTurnsAndNeverInterleave() async throws {
        let root = TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("public")
        let versions = (0..<6).map { version in
            (0..<200).map { OutputFile(path: "p\($0)/index.html", text: "version \(version) page \($0)") }
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for files in versions {
                group.addTask { try await SiteWriter.publish(files, to: output) }
            }
            try await group.waitForAll()
        }
        let published = snapshot(output).filter { !$0.key.hasPrefix(".generique") }
        let matching = versions.filter { files in
            Dictionary(uniqueKeysWithValues: files.map { ($0.path, Data($0.bytes)) }) == published
        }
        #expect(matching.count == 1, "the output must be exactly one version, not a mix")
    }

    @Test(arguments: ["../x", "/etc/passwd", "a//b", "a/./b", ""])
    func rejectsPathsThatLeaveTheOutput(path: String) async {
        #expect(!SiteWriter.isSafeRelativePath(path))
    }
}
