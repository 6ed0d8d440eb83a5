import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A small HTTP/1.1 server on 127.0.0.1 whose connections each have a thread of their own, outside Swift's
/// cooperative pool: the times it records are when requests really arrived, even while the rest of the
/// suite keeps the pool's two threads busy (a server on the pool would see requests late, and late by
/// different amounts, which no timing assertion survives). One request per connection.
final class LoopbackHTTPServer: Sendable {
    /// A request as it arrived.
    struct Request: Sendable {
        let method: String
        let path: String
        let query: [String: String]
        /// Header values by lowercased name.
        let headers: [String: String]
        /// When its head had been read.
        let received: ContinuousClock.Instant
    }

    /// What to answer.
    struct Response: Sendable {
        enum Body: Sendable {
            case bytes([UInt8])
            /// `count` bytes of `x`, written as they go, with a `Content-Length` or chunked.
            case repeated(count: Int, chunked: Bool)
        }

        var status: Int
        var headers: [(String, String)]
        var body: Body
    }

    typealias Handler = @Sendable (Request) -> Response

    /// The port it listens on.
    let port: UInt16
    private let listener: Int32

    /// Listens on a free port of 127.0.0.1 and answers every request with `handler` (on the request's thread).
    init(handler: @escaping Handler) throws {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure("socket: \(errno)") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(socket, 128) == 0 else { throw Failure("bind/listen: \(errno)") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }
        listener = socket
        port = UInt16(bigEndian: address.sin_port)
        Thread.detachNewThread {
            while true {
                let connection = accept(socket, nil, nil)
                guard connection >= 0 else {
                    if errno == EINTR || errno == ECONNABORTED { continue }
                    return
                }
                Thread.detachNewThread { Self.serve(connection, handler: handler) }
            }
        }
    }

    /// Stops accepting connections (those open finish).
    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private static func serve(_ connection: Int32, handler: Handler) {
        defer { close(connection) }
        var head: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !head.ends(with: "\r\n\r\n"), head.count < 65536 {
            let count = recv(connection, &buffer, buffer.count, 0)
            guard count > 0 else { return }
            head += buffer[..<count]
            if let end = head.firstRange(of: Array("\r\n\r\n".utf8)) { head = Array(head[..<end.upperBound]) }
        }
        guard let request = parse(head) else { return }
        let response = handler(request)
        var text = "HTTP/1.1 \(response.status) Status\r\nConnection: close\r\n"
        for (name, value) in response.headers { text += "\(name): \(value)\r\n" }
        switch response.body {
        case .bytes(let bytes):
            text += "Content-Length: \(bytes.count)\r\n\r\n"
            guard write(Array(text.utf8), to: connection) else { return }
            _ = write(bytes, to: connection)
        case .repeated(let count, let chunked):
            text += chunked ? "Transfer-Encoding: chunked\r\n\r\n" : "Content-Length: \(count)\r\n\r\n"
            guard write(Array(text.utf8), to: connection) else { return }
            let piece = [UInt8](repeating: 0x78, count: 65536)
            var left = count
            while left > 0 {
                let size = min(left, piece.count)
                let bytes = chunked ? Array("\(String(size, radix: 16))\r\n".utf8) + piece[..<size] + Array("\r\n".utf8) : Array(piece[..<size])
                // The client hangs up once it has what it wants: that is the point of the test.
                guard write(bytes, to: connection) else { return }
                left -= size
            }
            if chunked { _ = write(Array("0\r\n\r\n".utf8), to: connection) }
        }
    }

    private static func parse(_ head: [UInt8]) -> Request? {
        let received = ContinuousClock.now
        let lines = String(decoding: head, as: UTF8.self).components(separatedBy: "\r\n")
        let parts = lines[0].split(separator: " ")
        guard parts.count == 3 else { return nil }
        let target = parts[1].split(separator: "?", maxSplits: 1)
        var query: [String: String] = [:]
        for pair in target.count > 1 ? target[1].split(separator: "&") : [] {
            let nameValue = pair.split(separator: "=", maxSplits: 1).map { $0.removingPercentEncoding ?? String($0) }
            query[nameValue[0]] = nameValue.count > 1 ? nameValue[1] : ""
        }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Request(
            method: String(parts[0]), path: target[0].removingPercentEncoding ?? String(target[0]), query: query,
            headers: headers, received: received)
    }

    /// Whether every byte was written (false once the client has closed).
    private static func write(_ bytes: [UInt8], to connection: Int32) -> Bool {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { return false }
            sent += count
        }
        return true
    }
}

extension [UInt8] {
    fileprivate func ends(with text: String) -> Bool { count >= text.utf8.count && suffix(text.utf8.count).elementsEqual(text.utf8) }
}
