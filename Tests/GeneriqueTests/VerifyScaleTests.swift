import Foundation
import GeneriqueContent
import GeneriqueCore
import GeneriqueFetch
import Testing

@testable import GeneriqueVerify

/// A thousand entries across a few hosts: the limits hold as the servers saw them, whatever the load. (One
/// website each: the other checks go through the same fetcher, and the suite shares two cores.)
@Suite struct VerifyScaleTests {
    static let entries = 1000
    static let sites = (0..<6).map { "s\($0).test" }

    @Test func aThousandEntriesStayWithinThePerHostAndGlobalLimits() async throws {
        // Sites answer slower than the interval: without the limits, more than two would be answered at once
        // by one host, and six hosts could take twelve at once, above the global cap of eight.
        let site: FakeNetwork.Host = { _ in .late(.milliseconds(30), .text("<p>ok</p>")) }
        let network = try FakeNetwork(Dictionary(uniqueKeysWithValues: Self.sites.map { ($0, site) }))
        defer { network.stop() }
        var files = [
            SourceFile(path: "content/site.yml", text: "title: G\ndescription: D\nbaseURL: https://guide.test/\n"),
            SourceFile(path: "content/metiers/production.md", text: "---\ntitle: P\nlabel: P\norder: 1\n---\n"),
        ]
        for index in 0..<Self.entries {
            let text = "---\nname: Personne \(index)\nprofessions: [production]\n"
                + "website: https://\(Self.sites[index % Self.sites.count])/p\(index)\n---\n"
            files.append(SourceFile(path: "content/profils/p\(index).md", text: text))
        }
        let tree = SourceTree(files: files)
        let content = try #require(await ContentLoader.load(tree).content)
        let plan = VerifyPlan(content: content, tree: tree)
        let interval = Duration.milliseconds(20)
        let options = VerifyOptions(
            fetch: FetchSettings(
                userAgent: "Generique/test", origins: try OriginMap(network.resolve(Self.sites)),
                timeout: .seconds(30), concurrency: 8, perHost: 2, hostInterval: interval))
        let start = ContinuousClock.now
        let report = await Verifier.run(plan, options: options)
        let wall = ContinuousClock.now - start
        #expect(report.count(.ok) == Self.entries, "\(report.lines.filter { $0.result.outcome != .ok }.prefix(3).map(\.result.evidence))")
        #expect(report.requests == Self.entries && network.requests.count == Self.entries)

        let most = network.mostAtOnce
        #expect(most.total <= 8 && most.perHost.values.allSatisfy { $0 <= 2 }, "\(most)")
        var fastest: [String: Int] = [:]
        for host in Self.sites {
            let starts = network.requests(to: host).map(\.start)
            // The most requests that began within one second.
            var window = 0
            var most = 0
            for (index, instant) in starts.enumerated() {
                while instant - starts[window] >= .seconds(1) { window += 1 }
                most = max(most, index - window + 1)
            }
            fastest[host] = most
        }
        print("verify scale: \(Self.entries) entries, \(report.requests) requests in \(wall); at once \(most); most requests begun within a second, per host: \(fastest.sorted { $0.key < $1.key })")
        // One start per interval, and one more at the window's edge; the server notes each request a little
        // after it left, by up to some 100 ms on a loaded machine (seen: 75 ms), which can squeeze as many
        // more into a window. Without the interval, hundreds would begin each second.
        let allowed = Int(Duration.seconds(1) / interval) + 1 + Int(Duration.milliseconds(100) / interval)
        #expect(fastest.values.allSatisfy { $0 <= allowed }, "\(fastest)")
    }
}
