import Testing

@testable import GeneriqueServe

/// How `serve` reads request heads, byte by byte or all at once: the grammar, the limits, what is refused.
@Suite struct RequestHeadReaderTests {
    private let limits = RequestLimits(requestLine: 64, headerSection: 128, headerFields: 4)

    /// Every head the reader gets from `text`, fed in pieces of `chunk` bytes, then what is left.
    private func read(_ text: String, chunk: Int = .max) -> [RequestHeadReader.Outcome] {
        var reader = RequestHeadReader(limits: limits)
        var outcomes: [RequestHeadReader.Outcome] = []
        var bytes = Array(text.utf8)[...]
        repeat {
            reader.append(Array(bytes.prefix(chunk)))
            bytes = bytes.dropFirst(chunk)
            while case let outcome = reader.next(), outcome != .incomplete {
                outcomes.append(outcome)
                if case .refused = outcome { return outcomes }
            }
        } while !bytes.isEmpty
        return outcomes
    }

    private func status(_ text: String) -> Int? {
        guard case .refused(let refusal) = read(text).first else { return nil }
        return refusal.status
    }

    @Test(arguments: [1, 2, 7, 1000])
    func readsHeadsHoweverTheBytesAreSplit(chunk: Int) {
        let text = "\r\nGET /guide/caf%C3%A9/?q=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nIf-None-Match:  W/\"a\" \r\n\r\n"
            + "HEAD http://127.0.0.1:1313/guide/ HTTP/1.0\nHost: x\nConnection: keep-alive\n\nGET /"
        let expected: [RequestHeadReader.Outcome] = [
            .head(
                RequestHead(
                    method: "GET", path: "/guide/café/", minorVersion: 1,
                    fields: [.init(name: "host", value: "127.0.0.1"), .init(name: "if-none-match", value: "W/\"a\"")])),
            .head(
                RequestHead(
                    method: "HEAD", path: "/guide/", minorVersion: 0,
                    fields: [.init(name: "host", value: "x"), .init(name: "connection", value: "keep-alive")])),
        ]
        #expect(read(text, chunk: chunk) == expected)
    }

    @Test func keepAliveFollowsTheVersionAndConnection() throws {
        let cases = [
            ("GET / HTTP/1.1\r\nHost: x\r\n\r\n", true), ("GET / HTTP/1.1\r\nHost: x\r\nConnection: Close\r\n\r\n", false),
            ("GET / HTTP/1.0\r\n\r\n", false), ("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", true),
        ]
        for (text, keepsAlive) in cases {
            guard case .head(let head) = try #require(read(text).first) else {
                Issue.record("no head in \(text)")
                continue
            }
            #expect(head.keepsAlive == keepsAlive, "\(text)")
        }
    }

    @Test func aLongRequestLineIsRefusedBeforeItEnds() {
        let outcomes = read("GET /" + String(repeating: "a", count: 100), chunk: 10)
        #expect(outcomes == [.refused(.requestLineTooLong(limits))])
        #expect(status("GET /\(String(repeating: "a", count: 51)) HTTP/1.1\r\n") == 414, "a complete line of 65 bytes")
        #expect(status("GET /\(String(repeating: "a", count: 51)) HTTP/1.1\n") == 414, "the line end does not count")
        #expect(status("GET /\(String(repeating: "a", count: 50)) HTTP/1.1\r\nHost: x\r\n\r\n") == nil, "64 bytes pass")
        #expect(status(String(repeating: "\r\n", count: 40)) == 414, "blank lines count towards the limit")
    }

    @Test func largeOrManyHeadersAreRefused() {
        #expect(status("GET / HTTP/1.1\r\nHost: x\r\nX: \(String(repeating: "a", count: 200))") == 431, "before the line ends")
        #expect(status("GET / HTTP/1.1\r\nHost: x\r\nX: \(String(repeating: "a", count: 120))\r\n\r\n") == 431)
        #expect(status("GET / HTTP/1.1\r\nHost: x\r\nA: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\n\r\n") == 431, "five fields")
        #expect(status("GET / HTTP/1.1\r\nHost: x\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n") == nil, "four fields")
    }

    @Test(arguments: [
        "GET /\r\n\r\n", "GET  / HTTP/1.1\r\nHost: x\r\n\r\n", "GET / HTTP/1.1 \r\nHost: x\r\n\r\n", "G(T / HTTP/1.1\r\n\r\n",
        "GET / http/1.1\r\n\r\n", "GET /a\u{7F} HTTP/1.1\r\nHost: x\r\n\r\n", "GET /é HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /%zz HTTP/1.1\r\nHost: x\r\n\r\n", "GET / HTTP/1.1\r\n\r\n", "GET / HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n",
        "GET / HTTP/1.1\r\nHost : x\r\n\r\n", "GET / HTTP/1.1\r\nHost: x\r\n folded\r\n\r\n",
        "GET / HTTP/1.1\r\nHost x\r\n\r\n", "GET / HTTP/1.1\r\nHost: x\u{0}y\r\n\r\n", "GET / HTTP/1.1\rHost: x\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n", "GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 1, 2\r\n\r\n",
    ])
    func malformedHeadsAreBadRequests(text: String) {
        #expect(status(text) == 400)
    }

    @Test func bodiesAndOtherVersionsAreRefused() {
        #expect(status("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello") == 413)
        #expect(status("GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n") == 413)
        #expect(status("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n") == nil, "an empty body is no body")
        #expect(status("GET / HTTP/2.0\r\n\r\n") == 505)
    }
}
