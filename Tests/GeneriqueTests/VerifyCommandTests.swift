import Foundation
import GeneriqueCore
import Testing

@testable import GeneriqueVerify

/// `generique verify` as a shell runs it, against the fake network: the JSON report's schema, the text
/// report, exit codes, the cache across runs, `--only`, usage and content errors.
@Suite struct VerifyCommandTests {
    /// The report as documented in the README, decoded strictly: a missing or mistyped field fails.
    struct Report: Decodable {
        struct Result: Decodable {
            let path: String
            let line: Int
            let column: Int
            let entry: String
            let network: String
            let target: String
            let outcome: String
            let evidence: String
            let movedTo: String?
            let confirmed: Bool
            let confirmation: String?
            let cached: Bool
        }

        let version: Int
        let generator: String
        let summary: [String: Int]
        let results: [Result]
    }

    private func site(port: UInt16) throws -> URL {
        let root = TestPaths.temporaryFolder()
        for (path, text) in FakeSocialNetwork.content(port: port) {
            let url = root.appendingPathComponent("content/\(path)")
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    private func verify(_ root: URL, _ network: FakeNetwork, _ arguments: [String]) async throws -> ExecutableRun {
        let resolve = network.resolve(FakeSocialNetwork.hosts).flatMap { ["--resolve", $0] }
        return try await ExecutableRun.onThread(["verify", "--root", root.path, "--timeout", "3s"] + resolve + arguments)
    }

    @Test func theJSONReportHasOneResultPerCheckAndTheCacheServesTheSecondRun() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: CrashConsistencyTests.binary.path), "build the executable first")
        let network = try FakeSocialNetwork.start()
        defer { network.stop() }
        let root = try site(port: network.port)
        defer { try? FileManager.default.removeItem(at: root) }

        let first = try await verify(root, network, ["--format", "json"])
        #expect(first.status == 1, "dead and moved checks: \(first.errors)")
        let report = try JSONDecoder().decode(Report.self, from: Data(first.output.utf8))
        #expect(report.version == 1 && report.generator == "Generique/\(ProgramVersion.current)")
        let outcomes = Dictionary(uniqueKeysWithValues: report.results.map { ("\($0.path) \($0.network) \($0.target)", $0.outcome) })
        #expect(outcomes == FakeSocialNetwork.expected(port: network.port).mapValues(\.rawValue))
        #expect(Set(report.results.map(\.outcome)).isSubset(of: ["ok", "moved", "dead", "unreachable", "not-checkable"]))
        #expect(report.summary == ["ok": 20, "moved": 2, "dead": 11, "unreachable": 3, "not-checkable": 4, "confirmed": 5])
        #expect(report.results.allSatisfy { ($0.movedTo != nil) == ($0.outcome == "moved") })
        #expect(report.results.allSatisfy { ($0.confirmation != nil) == $0.confirmed && !$0.cached })
        let positions = report.results.map { ($0.path, $0.line, $0.column) }
        #expect(positions.map { "\($0)" } == positions.sorted { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }.map { "\($0)" })
        #expect(!first.errors.contains("Checking:"), "no progress line on a pipe")
        #expect(network.requests(to: "127.0.0.1").isEmpty)
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent(".generique-verify-cache").path))

        let before = network.requests.count
        let second = try await verify(root, network, [])
        #expect(second.status == 1)
        #expect(Set(network.requests.dropFirst(before).map(\.host)) == ["busy.test", "slow.test"])
        let lines = second.output.split(separator: "\n").map(String.init)
        #expect(lines.contains("Déménagé (content/profils/demenage.md)"))
        #expect(lines.contains { $0.hasPrefix("  content/profils/demenage.md:5:13: mastodon moved@piaille.test: moved, from the cache — moved to @nouveau@ailleurs.test") })
        #expect(!lines.contains { $0.contains("tout-va-bien.md") }, "entries all ok are not listed without --verbose")
        #expect(lines.last?.hasPrefix("Checked 40 accounts, websites and feeds of 14 entries in ") == true)
        #expect(lines.last?.contains("20 ok, 2 moved, 11 dead, 3 unreachable now, 4 not checkable; 5 confirmed (33 from the cache") == true)
    }

    @Test func onlyChecksTheEntriesNamedAndUsageErrorsExitWithTwo() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: CrashConsistencyTests.binary.path), "build the executable first")
        let network = try FakeSocialNetwork.start()
        defer { network.stop() }
        let root = try site(port: network.port)
        defer { try? FileManager.default.removeItem(at: root) }

        let only = try await verify(root, network, ["--only", "content/profils/verifiee.md", "--verbose"])
        #expect(only.status == 0, "\(only.errors)")
        #expect(Set(network.requests.map(\.host)) == ["piaille.test", "verified-site.test", "feeds.test"])
        #expect(only.output.contains("content/profils/verifiee.md:5:13: mastodon verified@piaille.test: ok, confirmed (Mastodon verified its link to https://verified-site.test/)"))

        for arguments in [
            ["--only", "content/profils/nobody.md"], ["--resolve", "piaille.test"], ["--resolve", "a.test=ftp://x"],
            ["--max-age", "7 days"], ["--format", "xml"], ["--concurrency", "0"],
        ] {
            let run = try await ExecutableRun.onThread(["verify", "--root", root.path] + arguments)
            #expect(run.status == 2, "\(arguments): \(run.errors)")
        }
    }

    @Test func contentErrorsAreReportedAsBuildReportsThemAndNothingIsChecked() async throws {
        let network = try FakeSocialNetwork.start()
        defer { network.stop() }
        let root = try site(port: network.port)
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("---\nname: Cassé\nprofessions: [inconnue]\naccounts:\n  mastodon: ok@piaille.test\n---\n".utf8)
            .write(to: root.appendingPathComponent("content/profils/casse.md"))
        let run = try await verify(root, network, ["--write"])
        #expect(run.status == 1)
        #expect(run.errors.contains("content/profils/casse.md:3:15: error: unknown métier 'inconnue' [unknown-profession]"))
        #expect(run.errors.contains("nothing was checked"))
        #expect(network.requests.isEmpty)
    }
}
