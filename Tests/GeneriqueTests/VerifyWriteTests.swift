import Foundation
import GeneriqueCore
import Testing

/// `generique verify --write`: only `verified` and `confirmed` lines change, only in entries whose checks
/// are all ok or not checkable, every other byte as it was (a byte-order mark, CRLF, comments, quoting).
@Suite struct VerifyWriteTests {
    @Test func writesOnlyTheDatesAndConfirmationsTheRunEstablished() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: CrashConsistencyTests.binary.path), "build the executable first")
        let network = try FakeSocialNetwork.start()
        defer { network.stop() }
        let root = TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        var content = FakeSocialNetwork.content(port: network.port)
        // A BOM, CRLF, comments and quotes; an old date, a confirmation the run disproves (bluesky: no evidence).
        content["profils/tout-va-bien.md"] =
            "\u{FEFF}---\r\nname: \"Tout va bien\"  # the name\r\nprofessions: [production]\r\naccounts:\r\n"
            + "  mastodon: 'ok@piaille.test'\r\n  bluesky: ok.bsky.test\r\n  x: quelquun\r\nconfirmed: [bluesky]   # by hand\r\n"
            + "website: https://site.test/\r\nfeed: https://feeds.test/rss.xml\r\nverified: \"2020-01-01\"\r\n---\r\nBio.\r\n"
        // A confirmation of an account that cannot be checked stays.
        content["profils/divers.md"] = content["profils/divers.md"]!.replacingOccurrences(
            of: "website:", with: "confirmed: [instagram]\nwebsite:")
        for (path, text) in content {
            let url = root.appendingPathComponent("content/\(path)")
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let resolve = network.resolve(FakeSocialNetwork.hosts).flatMap { ["--resolve", $0] }
        let run = try await ExecutableRun.onThread(["verify", "--root", root.path, "--timeout", "3s", "--write"] + resolve)
        #expect(run.status == 1, "dead and moved entries")
        let today = LocalDate.today().iso
        var expected = content
        expected["profils/tout-va-bien.md"] =
            "\u{FEFF}---\r\nname: \"Tout va bien\"  # the name\r\nprofessions: [production]\r\naccounts:\r\n"
            + "  mastodon: 'ok@piaille.test'\r\n  bluesky: ok.bsky.test\r\n  x: quelquun\r\nconfirmed: [mastodon]   # by hand\r\n"
            + "website: https://site.test/\r\nfeed: https://feeds.test/rss.xml\r\nverified: \(today)\r\n---\r\nBio.\r\n"
        func added(_ path: String, _ lines: String) {
            expected[path] = expected[path]!.replacingOccurrences(of: "\n---\n", with: "\n\(lines)---\n")
        }
        added("profils/verifiee.md", "verified: \(today)\nconfirmed: [mastodon]\n")
        added("profils/studio-officiel.md", "verified: \(today)\nconfirmed: [bluesky]\n")
        added("societes/studio.md", "verified: \(today)\nconfirmed: [bluesky]\n")
        added("profils/divers.md", "verified: \(today)\n")
        added("profils/memoire.md", "verified: \(today)\n")
        for (path, text) in expected.sorted(by: { $0.key < $1.key }) {
            // Bytes, not a String: reading one would drop the byte-order mark.
            let written = [UInt8](try Data(contentsOf: root.appendingPathComponent("content/\(path)")))
            #expect(written == Array(text.utf8), "\(path):\n\(String(decoding: written, as: UTF8.self))")
        }
        #expect(run.errors.contains("--write: 6 files edited."))

        // Right after, nothing is left to write, and nothing is asked again but what was unreachable.
        let before = network.requests.count
        let again = try await ExecutableRun.onThread(["verify", "--root", root.path, "--timeout", "3s", "--write"] + resolve)
        #expect(again.errors.contains("--write: 0 files edited."), "\(again.errors)")
        #expect(Set(network.requests.dropFirst(before).map(\.host)) == ["busy.test", "slow.test"])
    }
}
