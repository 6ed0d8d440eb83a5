import Foundation
import Synchronization
import Testing

@testable import GeneriqueFetch

/// The fetch layer against a real server on loopback, reached through `--resolve` origins: addresses refused,
/// redirects followed hop by hop, bodies capped, timeouts, retries and per-host limits as the server saw them.
@Suite struct FetchTests {
    private func fetcher(
        _ network: FakeNetwork, hosts: [String], timeout: Duration = .seconds(30), retries: Int = 2,
        interval: Duration = .milliseconds(0), perHost: Int = 2, concurrency: Int = 8,
        resolver: HostResolver = HostResolver { _ in .failure(.failed("no DNS in tests")) }
    ) throws -> Fetcher {
        Fetcher(
            settings: FetchSettings(
                userAgent: "Generique/test (+https://guide.example/)", origins: try OriginMap(network.resolve(hosts)),
                timeout: timeout, retries: retries, concurrency: concurrency, perHost: perHost, hostInterval: interval,
                firstBackoff: .milliseconds(100)),
            resolver: resolver)
    }

    private func get(_ fetcher: Fetcher, _ url: String, limit: Int = FetchRequest.pageLimit) async -> FetchResult {
        await fetcher.fetch(FetchRequest(url: URL(string: url)!, accept: "text/html", limit: limit))
    }

    /// Offline, the system's resolver says every name does not exist: that is no evidence a domain is gone.
    @Test func aNameNotFoundIsTrustedOnlyWhenAnotherNameResolved() async throws {
        let network = try FakeNetwork(["site.test": { _ in .text("hello") }])
        let offline = try fetcher(network, hosts: [], resolver: HostResolver { .failure(.notFound($0)) })
        for host in ["gone.test", "other.test"] {
            guard case .failure(.resolution(let reason)) = await get(offline, "http://\(host)/").outcome else {
                Issue.record("\(host): not a resolution failure")
                continue
            }
            #expect(reason.contains("no other name resolved in this run"))
        }
        await offline.close()
        // A name the resolver answers for (with a private address: refused, nothing is sent) shows DNS works.
        let online = try fetcher(
            network, hosts: [],
            resolver: HostResolver { $0 == "up.test" ? .success([.v4([10, 0, 0, 1])]) : .failure(.notFound($0)) })
        guard case .failure(.refused) = await get(online, "http://up.test/").outcome else {
            Issue.record("up.test should be refused")
            return
        }
        #expect(await get(online, "http://gone.test/").outcome == .failure(.hostNotFound("gone.test")))
        await online.close()
        network.stop()
    }

    @Test func addressesOfThisMachineOrItsNetworkAreRefusedWithoutARequest() async throws {
        let network = try FakeNetwork(["site.test": { _ in .text("hello") }])
        // intranet.test stands for a name whose DNS answer is private.
        let resolver = HostResolver { host in host == "intranet.test" ? .success([.v4([10, 1, 2, 3])]) : .failure(.notFound(host)) }
        let fetcher = try fetcher(network, hosts: [], resolver: resolver)
        for url in [
            "http://127.0.0.1:\(network.port)/", "http://localhost:\(network.port)/", "http://[::1]:\(network.port)/",
            "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data/", "http://[fd00::1]/", "http://100.64.0.1/",
            "http://0.0.0.0:\(network.port)/", "http://[::ffff:127.0.0.1]:\(network.port)/", "http://intranet.test/",
        ] {
            let result = await get(fetcher, url)
            guard case .failure(.refused) = result.outcome else {
                Issue.record("\(url): \(result.outcome)")
                continue
            }
            #expect(result.requests == 0, "\(url)")
        }
        #expect(await get(fetcher, "ftp://site.test/").outcome == .failure(.unsupportedScheme("ftp")))
        #expect(await get(fetcher, "http://gone.test/").outcome == .failure(.hostNotFound("gone.test")))
        #expect(network.requests.isEmpty)
        await fetcher.close()
        network.stop()
    }

    @Test(arguments: [
        ("8.8.8.8", true), ("1.1.1.1", true), ("2001:4860:4860::8888", true), ("172.15.0.1", true), ("172.32.0.1", true),
        ("127.0.0.1", false), ("127.8.8.8", false), ("10.0.0.1", false), ("172.16.0.1", false), ("172.31.255.255", false),
        ("192.168.0.1", false), ("169.254.1.1", false), ("100.64.0.1", false), ("100.127.255.255", false),
        ("0.1.2.3", false), ("224.0.0.1", false), ("255.255.255.255", false), ("::1", false), ("::", false),
        ("fe80::1", false), ("fc00::1", false), ("fdff::1", false), ("ff02::1", false), ("::ffff:10.0.0.1", false),
        ("::ffff:8.8.8.8", true), ("64:ff9b::7f00:1", false),
    ])
    func addressPolicy(address: String, isPublic: Bool) throws {
        let parsed = try #require(IPAddress(literal: address))
        #expect((AddressPolicy.problem(with: parsed) == nil) == isPublic, "\(address)")
    }

    @Test func redirectsAreFollowedHopByHopAndEachAddressIsCheckedAgain() async throws {
        let network = try FakeNetwork([
            "a.test": { request in
                switch request.path {
                case "/one": .redirect(301, to: "http://b.test/two")
                case "/three": .text("arrived")
                case "/private": .redirect(302, to: "http://127.0.0.1:1/secret")
                case "/loop": .redirect(302, to: "/loop2")
                case "/loop2": .redirect(301, to: "http://a.test/loop")
                default:
                    if request.path.hasPrefix("/chain") {
                        .redirect(302, to: "/chain\(Int(request.path.dropFirst(6))! + 1)")
                    } else { .text("no", status: 404) }
                }
            },
            "b.test": { _ in .redirect(302, to: "http://a.test/three") },
        ])
        let fetcher = try fetcher(network, hosts: ["a.test", "b.test"])
        let followed = await get(fetcher, "http://a.test/one")
        #expect(followed.redirects.map(\.status) == [301, 302])
        #expect(followed.redirects.map(\.to.absoluteString) == ["http://b.test/two", "http://a.test/three"])
        guard case .success(let response) = followed.outcome else { throw Failure("\(followed.outcome)") }
        #expect(response.status == 200 && String(decoding: response.body, as: UTF8.self) == "arrived")
        #expect(response.url.absoluteString == "http://a.test/three")
        #expect(network.requests.map(\.path) == ["/one", "/two", "/three"])

        let toPrivate = await get(fetcher, "http://a.test/private")
        guard case .failure(.refused) = toPrivate.outcome else { throw Failure("\(toPrivate.outcome)") }
        #expect(await get(fetcher, "http://a.test/loop").outcome == .failure(.redirectLoop(URL(string: "http://a.test/loop")!)))
        let chain = await get(fetcher, "http://a.test/chain0")
        #expect(chain.outcome == .failure(.tooManyRedirects(5)))
        #expect(network.requests(to: "a.test").filter { $0.path.hasPrefix("/chain") }.count == 6)
        await fetcher.close()
        network.stop()
    }

    @Test func bodiesStopAtTheLimitWhetherTheirLengthIsAnnouncedOrNot() async throws {
        let network = try FakeNetwork([
            "big.test": { request in .bytes(20 << 20, chunked: request.path == "/chunked") }
        ])
        let fetcher = try fetcher(network, hosts: ["big.test"])
        for path in ["/announced", "/chunked"] {
            let result = await get(fetcher, "http://big.test\(path)")
            guard case .success(let response) = result.outcome else { throw Failure("\(path): \(result.outcome)") }
            #expect(response.status == 200 && response.isTruncated, "\(path)")
            #expect(response.body.count <= FetchRequest.pageLimit, "\(path)")
        }
        await fetcher.close()
        network.stop()
    }

    @Test func aSlowAnswerTimesOutAndIsAskedAgainUpToTheRetries() async throws {
        let network = try FakeNetwork([
            "slow.test": { _ in .late(.seconds(20), .text("late")) }
        ])
        let fetcher = try fetcher(network, hosts: ["slow.test"], timeout: .milliseconds(300), retries: 1)
        let result = await get(fetcher, "http://slow.test/")
        // The server would have answered 200 after 20 s: a timeout is the client giving up first, twice.
        #expect(result.outcome == .failure(.timeout))
        #expect(result.requests == 2 && network.requests.count == 2)
        await fetcher.close()
        network.stop()
    }

    @Test func retryAfterAndBackoffSpaceTheRetriesAsTheServerSawThem() async throws {
        let counts = Counter()
        let network = try FakeNetwork([
            "limited.test": { _ in
                counts.next("limited") == 0 ? .text("slow down", status: 429, headers: ["Retry-After": "1"]) : .text("ok")
            },
            "failing.test": { _ in .text("oops", status: 503) },
            "patient.test": { _ in .text("later", status: 429, headers: ["Retry-After": "3600"]) },
            "gone.test": { _ in .text("gone", status: 410) },
        ])
        let fetcher = try fetcher(network, hosts: ["limited.test", "failing.test", "patient.test", "gone.test"])

        let limited = await get(fetcher, "http://limited.test/")
        #expect(limited.requests == 2)
        let seen = network.requests(to: "limited.test")
        #expect(seen.count == 2 && seen[1].start - seen[0].start >= .seconds(1), "Retry-After: 1 honoured")

        let failing = await get(fetcher, "http://failing.test/")
        guard case .success(let last) = failing.outcome else { throw Failure("\(failing.outcome)") }
        #expect(last.status == 503 && failing.requests == 3, "the first request and two retries")
        let times = network.requests(to: "failing.test").map(\.start)
        #expect(times.count == 3 && times[1] - times[0] >= .milliseconds(100) && times[2] - times[1] >= .milliseconds(200))

        #expect(await get(fetcher, "http://patient.test/").requests == 1, "a wait past the longest is not waited for")
        #expect(await get(fetcher, "http://gone.test/").requests == 1, "a 410 is final")
        await fetcher.close()
        network.stop()
    }

    @Test func perHostIntervalPerHostAndGlobalConcurrencyHoldOnTheServer() async throws {
        let slow: FakeNetwork.Host = { _ in .late(.milliseconds(150), .text("ok")) }
        let network = try FakeNetwork(["one.test": slow, "two.test": slow, "three.test": slow])
        let spaced = try fetcher(network, hosts: ["one.test"], interval: .milliseconds(300))
        await withTaskGroup(of: Void.self) { group in
            for index in 0..<5 { group.addTask { _ = await get(spaced, "http://one.test/\(index)") } }
        }
        let starts = network.requests(to: "one.test").map(\.start)
        #expect(starts.count == 5)
        // The server notes a request a little after it left (its thread has to run), by up to some 100 ms on
        // a loaded machine: a gap may look shorter by that much, the whole run by no more.
        for (earlier, later) in zip(starts, starts.dropFirst()) { #expect(later - earlier >= .milliseconds(200)) }
        #expect(starts[4] - starts[0] >= .milliseconds(1100))
        await spaced.close()
        network.stop()

        // One host, more requests than its limit: at most two at once. Three hosts, a global cap of three.
        for (hosts, perHost, concurrency) in [(["one"], 2, 8), (["one", "two", "three"], 2, 3)] {
            let crowd = try FakeNetwork(Dictionary(uniqueKeysWithValues: hosts.map { ("\($0).test", slow) }))
            let crowded = try fetcher(crowd, hosts: hosts.map { "\($0).test" }, perHost: perHost, concurrency: concurrency)
            await withTaskGroup(of: Void.self) { group in
                for index in 0..<12 {
                    let host = hosts[index % hosts.count]
                    group.addTask { _ = await get(crowded, "http://\(host).test/crowd\(index)") }
                }
            }
            let most = crowd.mostAtOnce
            #expect(most.perHost.values.max() == perHost || most.total == concurrency, "\(most)")
            #expect(most.total <= concurrency && most.perHost.values.allSatisfy { $0 <= perHost }, "\(most)")
            await crowded.close()
            crowd.stop()
        }
    }

    @Test func noRequestStartsAfterTheDeadline() async throws {
        let network = try FakeNetwork(["site.test": { _ in .late(.seconds(1), .text("ok")) }])
        defer { network.stop() }
        let deadline = ContinuousClock.now + .milliseconds(300)
        let fetcher = Fetcher(
            settings: FetchSettings(
                userAgent: "Generique/test", origins: try OriginMap(network.resolve(["site.test"])), perHost: 1,
                deadline: deadline),
            resolver: HostResolver { _ in .failure(.failed("no DNS in tests")) })
        // One request may start before the deadline; the others wait for its slot past it, and never start.
        let outcomes = await withTaskGroup(of: Result<FetchResponse, FetchProblem>.self) { group in
            for index in 0..<3 { group.addTask { await get(fetcher, "http://site.test/\(index)").outcome } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        let stopped = outcomes.count { if case .failure(.deadline) = $0 { true } else { false } }
        #expect(stopped >= 2 && stopped + network.requests.count == 3)
        #expect(network.requests.allSatisfy { $0.start < deadline })
        await fetcher.close()
    }

    @Test func requestsNameGeneriqueAndCarryNoCookie() async throws {
        let network = try FakeNetwork([
            "site.test": { _ in .text("hello", headers: ["Set-Cookie": "session=1; Path=/"]) }
        ])
        let fetcher = try fetcher(network, hosts: ["site.test"])
        _ = await get(fetcher, "http://site.test/first")
        _ = await get(fetcher, "http://site.test/second")
        let seen = network.requests(to: "site.test")
        #expect(seen.count == 2)
        #expect(seen.allSatisfy { $0.headers["user-agent"] == "Generique/test (+https://guide.example/)" })
        #expect(seen.allSatisfy { $0.headers["cookie"] == nil })
        await fetcher.close()
        network.stop()
    }
}

/// How many times each key was asked for, across a fake server's concurrent handlers.
final class Counter: Sendable {
    private let counts = Mutex<[String: Int]>([:])

    /// The count before this call.
    func next(_ key: String) -> Int {
        counts.withLock { counts in
            defer { counts[key, default: 0] += 1 }
            return counts[key, default: 0]
        }
    }
}

/// A test stopped with a message.
struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
