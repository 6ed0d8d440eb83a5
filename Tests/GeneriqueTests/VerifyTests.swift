import Foundation
import GeneriqueContent
import GeneriqueCore
import GeneriqueFetch
import Testing

@testable import GeneriqueVerify

/// `verify`'s checks against the fake network, with the real fetcher: every outcome of every kind of check,
/// identity evidence, retries as the server saw them, and the cache.
@Suite struct VerifyTests {
    static func plan(port: UInt16) async throws -> (VerifyPlan, SourceTree) {
        let tree = SourceTree(
            files: FakeSocialNetwork.content(port: port).map { SourceFile(path: "content/\($0.key)", text: $0.value) })
        let loaded = await ContentLoader.load(tree)
        #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty, "\(loaded.diagnostics.map(\.formatted))")
        let content = try #require(loaded.content)
        return (VerifyPlan(content: content, tree: tree), tree)
    }

    static func options(_ network: FakeNetwork, cache: URL? = nil) throws -> VerifyOptions {
        VerifyOptions(
            fetch: FetchSettings(
                userAgent: Verifier.userAgent(baseURL: "https://guide.test/"),
                origins: try OriginMap(network.resolve(FakeSocialNetwork.hosts)), timeout: .seconds(3),
                hostInterval: .milliseconds(50), firstBackoff: .milliseconds(100)),
            cacheFile: cache)
    }

    /// `path kind target` of each line, as `FakeSocialNetwork.expected` names them.
    static func key(_ line: VerifyReport.Line) -> String {
        "\(line.check.location.path) \(line.check.target.kind) \(line.check.target.shown)"
    }

    @Test func everyCaseGivesItsOutcomeAndEvidence() async throws {
        let network = try FakeSocialNetwork.start()
        defer { network.stop() }
        let (plan, _) = try await Self.plan(port: network.port)
        let report = await Verifier.run(plan, options: try Self.options(network))
        let outcomes = Dictionary(uniqueKeysWithValues: report.lines.map { (Self.key($0), $0.result.outcome) })
        #expect(outcomes == FakeSocialNetwork.expected(port: network.port))
        let lines = Dictionary(uniqueKeysWithValues: report.lines.map { (Self.key($0), $0) })
        let confirmed = Set(report.lines.filter { $0.confirmation != nil }.map { "\($0.check.location.path) \($0.check.target.kind)" })
        #expect(confirmed == FakeSocialNetwork.confirmed)

        #expect(lines["content/profils/demenage.md website https://moved.test/"]?.result.movedTo == "https://new.test/")
        #expect(lines["content/profils/demenage.md mastodon moved@piaille.test"]?.result.movedTo == "nouveau@ailleurs.test")
        #expect(lines["content/profils/disparu.md feed https://feeds.test/page.html"]?.result.evidence.hasPrefix("not a feed") == true)
        #expect(lines["content/profils/efface.md bluesky takedown.bsky.test"]?.result.evidence.contains("AccountTakedown") == true)
        #expect(lines["content/profils/perdu.md bluesky nobody.bsky.test"]?.result.evidence.contains("Profile not found") == true)
        #expect(lines["content/profils/efface.md website https://loop.test/"]?.result.evidence.contains("redirect loop") == true)
        #expect(lines["content/profils/memoire.md mastodon memorial@piaille.test"]?.result.evidence.contains("in memoriam") == true)
        #expect(lines["content/profils/memoire.md website https://big.test/"]?.result.evidence.contains("longer than 1 MB") == true)
        #expect(lines["content/profils/tout-va-bien.md feed https://feeds.test/rss.xml"]?.result.evidence == "RSS feed, 2 items")
        #expect(lines["content/profils/locale.md website http://127.0.0.1:\(network.port)/"]?.result.evidence.contains("loopback") == true)

        // Each line is at its account's line of the front matter.
        let okLocation = try #require(lines["content/profils/tout-va-bien.md bluesky ok.bsky.test"]?.check.location)
        #expect((okLocation.line, okLocation.column) == (6, 12))

        // Not checkable: never asked. Refused: never fetched.
        #expect(network.requests.allSatisfy { !["x.com", "www.instagram.com", "www.linkedin.com", "127.0.0.1"].contains($0.host) })
        // 429 with Retry-After: 1, twice retried, each retry at least a second after the last.
        let busy = network.requests(to: "busy.test").map(\.start)
        #expect(busy.count == 3)
        #expect(zip(busy, busy.dropFirst()).allSatisfy { $1 - $0 >= .seconds(1) })
        #expect(network.requests(to: "slow.test").count == 3)
        // A société and its official profile list one account: it is checked once.
        #expect(network.requests(to: "public.api.bsky.app").filter { $0.query["actor"] == "did:plc:studio" }.count == 1)
        #expect(network.requests.allSatisfy { $0.headers["user-agent"] == "Generique/\(ProgramVersion.current) (+https://guide.test/) URLSession" })
    }

    @Test func aSecondRunIsServedFromTheCacheButForWhatWasUnreachable() async throws {
        let network = try FakeSocialNetwork.start()
        defer { network.stop() }
        let folder = TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = folder.appendingPathComponent(Verifier.cacheFileName)
        let (plan, _) = try await Self.plan(port: network.port)
        let first = await Verifier.run(plan, options: try Self.options(network, cache: cache))
        #expect(first.lines.allSatisfy { !$0.isCached })
        let before = network.requests.count
        let second = await Verifier.run(plan, options: try Self.options(network, cache: cache))
        let again = network.requests.dropFirst(before)
        #expect(Set(again.map(\.host)) == ["busy.test", "slow.test"], "only unreachable results are asked again")
        #expect(
            Dictionary(uniqueKeysWithValues: second.lines.map { (Self.key($0), $0.result.outcome) })
                == FakeSocialNetwork.expected(port: network.port))
        for line in second.lines {
            #expect(line.isCached == [.ok, .moved, .dead].contains(line.result.outcome), "\(Self.key(line))")
        }
        #expect(second.lines.filter { $0.confirmation != nil }.count == FakeSocialNetwork.confirmed.count)

        // Another --resolve mapping, or an expired result, is checked again.
        var elsewhere = try Self.options(network, cache: cache)
        elsewhere.fetch.origins = try OriginMap(network.resolve(FakeSocialNetwork.hosts) + ["other.test=http://127.0.0.1:1"])
        let mark = network.requests.count
        _ = await Verifier.run(plan, options: elsewhere)
        func asked(_ requests: ArraySlice<FakeNetwork.Seen>) -> Set<String> {
            Set(requests.map { "\($0.host)\($0.path)?\($0.query.sorted { $0.key < $1.key })" })
        }
        #expect(asked(network.requests.dropFirst(mark)) == asked(network.requests.prefix(before)))
    }
}
