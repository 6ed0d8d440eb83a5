import Foundation
import Synchronization

/// A fake internet on loopback: one real HTTP server on 127.0.0.1 playing several hosts, told apart by the
/// `Host` header (`--resolve` sends every host's requests there). It records each request with the time it
/// arrived, and how many it was answering at once, for tests to read the client's politeness from the
/// server's side.
final class FakeNetwork: Sendable {
    typealias Request = LoopbackHTTPServer.Request
    typealias Response = LoopbackHTTPServer.Response

    /// One request as the server saw it.
    struct Seen: Sendable {
        let host: String
        let path: String
        let query: [String: String]
        let headers: [String: String]
        /// When it arrived (its head read).
        let start: ContinuousClock.Instant
    }

    /// What a host answers (on the request's own thread: it may take its time).
    typealias Host = @Sendable (Request) -> Response

    private struct Load {
        var perHost: [String: Int] = [:]
        var total = 0
        var mostPerHost: [String: Int] = [:]
        var mostTotal = 0
    }

    /// What the server's threads write down.
    private final class Record: Sendable {
        let log = Mutex<[Seen]>([])
        let load = Mutex(Load())
    }

    private let server: LoopbackHTTPServer
    private let record = Record()

    /// The server's port on 127.0.0.1.
    var port: UInt16 { server.port }

    /// Starts the server with `hosts` (host name → what it answers); any other host answers 421.
    init(_ hosts: [String: Host]) throws {
        let record = record
        server = try LoopbackHTTPServer { request in
            let host = (request.headers["host"] ?? "").split(separator: ":").first.map { $0.lowercased() } ?? ""
            record.load.withLock { load in
                load.perHost[host, default: 0] += 1
                load.total += 1
                load.mostPerHost[host] = max(load.mostPerHost[host] ?? 0, load.perHost[host]!)
                load.mostTotal = max(load.mostTotal, load.total)
            }
            record.log.withLock {
                $0.append(Seen(host: host, path: request.path, query: request.query, headers: request.headers, start: request.received))
            }
            let response = hosts[host]?(request) ?? .text("no such host", status: 421)
            record.load.withLock { load in
                load.perHost[host, default: 0] -= 1
                load.total -= 1
            }
            return response
        }
    }

    /// `--resolve` values sending each of `hosts` here.
    func resolve(_ hosts: [String]) -> [String] {
        hosts.map { "\($0)=http://127.0.0.1:\(port)" }
    }

    /// Every request seen so far, in the order they arrived.
    var requests: [Seen] { record.log.withLock { $0 }.sorted { $0.start < $1.start } }

    /// Requests seen for `host` (and `path`, when given).
    func requests(to host: String, path: String? = nil) -> [Seen] {
        requests.filter { $0.host == host && (path == nil || $0.path == path) }
    }

    /// The most requests one host was answering at once, and all hosts together.
    var mostAtOnce: (perHost: [String: Int], total: Int) {
        record.load.withLock { ($0.mostPerHost, $0.mostTotal) }
    }

    func stop() {
        server.stop()
    }
}

/// Answers the fake hosts give.
extension LoopbackHTTPServer.Response {
    static func text(
        _ text: String, status: Int = 200, type: String = "text/html; charset=utf-8", headers: [String: String] = [:]
    ) -> Self {
        Self(status: status, headers: [("Content-Type", type)] + headers.sorted { $0.key < $1.key }, body: .bytes(Array(text.utf8)))
    }

    static func json(_ text: String, status: Int = 200, headers: [String: String] = [:]) -> Self {
        .text(text, status: status, type: "application/json; charset=utf-8", headers: headers)
    }

    static func redirect(_ status: Int, to location: String) -> Self {
        .text("", status: status, headers: ["Location": location])
    }

    /// `count` bytes of `x`, with their length or chunked.
    static func bytes(_ count: Int, chunked: Bool, type: String = "text/html") -> Self {
        Self(status: 200, headers: [("Content-Type", type)], body: .repeated(count: count, chunked: chunked))
    }

    /// `response`, after `delay`: a server too slow for the client's timeout.
    static func late(_ delay: Duration, _ response: Self) -> Self {
        Thread.sleep(forTimeInterval: Double(delay.components.seconds) + Double(delay.components.attoseconds) / 1e18)
        return response
    }
}
