import FlyingFox
import FlyingSocks
import Foundation
import Synchronization

/// A fake internet on loopback: one real HTTP server on 127.0.0.1 playing several hosts, told apart by the
/// `Host` header (`--resolve` sends every host's requests there). It records each request it sees, with
/// the time it began and ended, for tests to read the client's politeness from the server's side.
final class FakeNetwork: Sendable {
    /// One request as the server saw it.
    struct Seen: Sendable {
        let host: String
        let path: String
        let query: [String: String]
        let headers: [String: String]
        let start: ContinuousClock.Instant
        let end: ContinuousClock.Instant
    }

    /// What a host answers.
    typealias Host = @Sendable (HTTPRequest) async -> HTTPResponse

    private let server: HTTPServer
    private let serving: Task<Void, any Error>
    private let log = Mutex<[Seen]>([])
    private let inFlight = Mutex<(perHost: [String: Int], total: Int, maxPerHost: [String: Int], maxTotal: Int)>(
        ([:], 0, [:], 0))
    /// The server's port on 127.0.0.1.
    let port: UInt16

    private init(server: HTTPServer, serving: Task<Void, any Error>, port: UInt16) {
        self.server = server
        self.serving = serving
        self.port = port
    }

    /// Starts the server with `hosts` (host name → what it answers); any other host answers 421.
    static func start(_ hosts: [String: Host]) async throws -> FakeNetwork {
        let box = Mutex<FakeNetwork?>(nil)
        let server = HTTPServer(
            address: try sockaddr_in.inet(ip4: "127.0.0.1", port: 0), timeout: 60, logger: .disabled,
            handler: ClosureHTTPHandler { request in
                guard let network = box.withLock({ $0 }) else { return HTTPResponse(statusCode: .serviceUnavailable) }
                return await network.answer(request, hosts: hosts)
            })
        let serving = Task { try await server.run() }
        try await server.waitUntilListening()
        guard case .ip4(_, let port) = await server.listeningAddress else { throw SocketError.disconnected }
        let network = FakeNetwork(server: server, serving: serving, port: port)
        box.withLock { $0 = network }
        return network
    }

    /// `--resolve` values sending each of `hosts` here.
    func resolve(_ hosts: [String]) -> [String] {
        hosts.map { "\($0)=http://127.0.0.1:\(port)" }
    }

    /// Every request seen so far, in the order they began.
    var requests: [Seen] { log.withLock { $0 }.sorted { $0.start < $1.start } }

    /// Requests seen for `host` (and `path`, when given).
    func requests(to host: String, path: String? = nil) -> [Seen] {
        requests.filter { $0.host == host && (path == nil || $0.path == path) }
    }

    /// The most requests one host was answering at once, and all hosts together.
    var mostAtOnce: (perHost: [String: Int], total: Int) {
        inFlight.withLock { ($0.maxPerHost, $0.maxTotal) }
    }

    func stop() async {
        await server.stop(timeout: 1)
        serving.cancel()
    }

    private func answer(_ request: HTTPRequest, hosts: [String: Host]) async -> HTTPResponse {
        let start = ContinuousClock.now
        let host = (request.headers[.host] ?? "").split(separator: ":").first.map(String.init)?.lowercased() ?? ""
        inFlight.withLock { state in
            state.perHost[host, default: 0] += 1
            state.total += 1
            state.maxPerHost[host] = max(state.maxPerHost[host] ?? 0, state.perHost[host]!)
            state.maxTotal = max(state.maxTotal, state.total)
        }
        let response = await hosts[host]?(request) ?? HTTPResponse(statusCode: HTTPStatusCode(421, phrase: "Misdirected Request"))
        inFlight.withLock { state in
            state.perHost[host, default: 0] -= 1
            state.total -= 1
        }
        var headers: [String: String] = [:]
        for (name, value) in request.headers { headers[name.rawValue.lowercased()] = value }
        let seen = Seen(
            host: host, path: request.path,
            query: Dictionary(request.query.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first }),
            headers: headers, start: start, end: .now)
        log.withLock { $0.append(seen) }
        return response
    }
}

/// Answers the fake hosts give.
extension HTTPResponse {
    static func text(_ text: String, status: Int = 200, type: String = "text/html; charset=utf-8", headers: [String: String] = [:])
        -> HTTPResponse
    {
        var all = HTTPHeaders()
        all[.contentType] = type
        for (name, value) in headers { all[HTTPHeader(name)] = value }
        return HTTPResponse(statusCode: HTTPStatusCode(status, phrase: "Status \(status)"), headers: all, body: Data(text.utf8))
    }

    static func json(_ text: String, status: Int = 200, headers: [String: String] = [:]) -> HTTPResponse {
        .text(text, status: status, type: "application/json; charset=utf-8", headers: headers)
    }

    static func redirect(_ status: Int, to location: String) -> HTTPResponse {
        .text("", status: status, headers: ["Location": location])
    }

    /// `count` bytes of `x`, sent chunked (no `Content-Length`), or with their length.
    static func bytes(_ count: Int, chunked: Bool) -> HTTPResponse {
        var headers = HTTPHeaders()
        headers[.contentType] = "text/html"
        let body =
            chunked
            ? HTTPBodySequence(from: RepeatedBytes(count: count)) : HTTPBodySequence(data: Data(repeating: 0x78, count: count))
        return HTTPResponse(statusCode: .ok, headers: headers, body: body)
    }
}

/// `count` bytes of `x`, produced as they are read.
private struct RepeatedBytes: AsyncBufferedSequence {
    typealias Element = UInt8
    let count: Int

    func makeAsyncIterator() -> Iterator { Iterator(left: count) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var left: Int

        mutating func next() async throws -> UInt8? {
            guard left > 0 else { return nil }
            left -= 1
            return 0x78
        }

        mutating func nextBuffer(suggested count: Int) async throws -> [UInt8]? {
            guard left > 0 else { return nil }
            let size = Swift.min(left, Swift.max(1, count))
            left -= size
            return [UInt8](repeating: 0x78, count: size)
        }
    }
}
