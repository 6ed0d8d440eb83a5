import Foundation
import GeneriqueServe
import Testing

/// What `serve` does with requests no browser sends, over loopback: oversized heads are refused at once,
/// bodies are refused, slow clients are cut off after the timeout, and nobody waits for them.
@Suite(.timeLimit(.minutes(2))) struct ServeLimitsTests {
    private static let megabyte = String(repeating: "a", count: 1 << 20)

    @Test(arguments: [
        (414, "GET /\(megabyte) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"),
        (431, "GET /guide/ HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: \(megabyte.prefix(100_000))\r\n\r\n"),
        (431, "GET /guide/ HTTP/1.1\r\nHost: 127.0.0.1\r\n" + (1...101).map { "X-\($0): 1\r\n" }.joined() + "\r\n"),
        (413, "POST /guide/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100000\r\n\r\n\(megabyte.prefix(100_000))"),
    ])
    func oversizedRequestsAreRefusedAtOnce(status: Int, request: String) async throws {
        let root = try ServeTests.copyOfBasicFixture()
        defer { try? FileManager.default.removeItem(at: root) }
        // A timeout far beyond the test's own wait: the answer must come from a limit, not from the clock.
        let server = try await RunningServer(root: root, limits: RequestLimits(timeout: .seconds(120)))
        defer { server.stop() }
        let connection = try await RawHTTPConnection(port: server.client.port)
        defer { connection.close() }
        try await connection.send(request)
        let bytes = try #require(try await connection.readToEnd(), "answered and closed")
        #expect(RawHTTPResponse(bytes)?.status == status)
        #expect(try await server.client.get("/guide/").status == 200, "the server still serves")
    }

    @Test func slowClientsDoNotHoldOthers() async throws {
        let root = try ServeTests.copyOfBasicFixture()
        defer { try? FileManager.default.removeItem(at: root) }
        let server = try await RunningServer(root: root, limits: RequestLimits(timeout: .seconds(120)))
        defer { server.stop() }
        let slow = try await RawHTTPConnection(port: server.client.port)
        defer { slow.close() }
        try await slow.send("GET /guide/ HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        let silent = try await RawHTTPConnection(port: server.client.port)
        defer { silent.close() }

        #expect(try await server.client.get("/guide/").status == 200)
        #expect(slow.isOpenAndSilent && silent.isOpenAndSilent, "both still wait, unanswered")
        try await slow.send("Connection: close\r\n\r\n")
        let bytes = try #require(try await slow.readToEnd())
        #expect(RawHTTPResponse(bytes)?.status == 200, "the slow client is served once its head is complete")
    }

    @Test func clientsThatDoNotFinishTheirHeadAreClosedAfterTheTimeout() async throws {
        let root = try ServeTests.copyOfBasicFixture()
        defer { try? FileManager.default.removeItem(at: root) }
        // Short, but long enough for the first bytes to arrive first even on a busy machine.
        let timeout = Duration.seconds(2)
        let server = try await RunningServer(root: root, limits: RequestLimits(timeout: timeout))
        defer { server.stop() }
        // The server's clock starts when it accepts the connection, after this one.
        let start = ContinuousClock.now
        let slow = try await RawHTTPConnection(port: server.client.port, opening: "GET /guide/ HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        defer { slow.close() }
        let silent = try await RawHTTPConnection(port: server.client.port)
        defer { silent.close() }

        let bytes = try #require(try await slow.readToEnd(), "closed by the server")
        #expect(ContinuousClock.now - start >= timeout)
        #expect(RawHTTPResponse(bytes)?.status == 408)
        #expect(try await silent.readToEnd() == [], "an idle connection is closed without a word")
    }

    @Test func oneConnectionCarriesSeveralRequests() async throws {
        let root = try ServeTests.copyOfBasicFixture()
        defer { try? FileManager.default.removeItem(at: root) }
        let server = try await RunningServer(root: root)
        defer { server.stop() }
        let connection = try await RawHTTPConnection(port: server.client.port)
        defer { connection.close() }
        let request = "GET /guide/assets/style.css HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
        try await connection.send(request + request)
        let responses = try #require(try await connection.readResponses(2))
        let first = responses[0]
        #expect(responses.map(\.status) == [200, 200])
        #expect(responses.map { String(decoding: $0.body, as: UTF8.self) } == ["body { color: #222; }\n", "body { color: #222; }\n"])
        #expect(first.headers["connection"] == nil, "kept open")
        let etag = try #require(first.headers["etag"])
        try await connection.send(
            "HEAD /guide/assets/style.css HTTP/1.1\r\nHost: 127.0.0.1\r\nIf-None-Match: W/\(etag)\r\nConnection: close\r\n\r\n")
        let last = try #require(try await connection.readToEnd())
        #expect(RawHTTPResponse(last)?.status == 304)
        #expect(RawHTTPResponse(last)?.headers["connection"] == "close")
    }
}
