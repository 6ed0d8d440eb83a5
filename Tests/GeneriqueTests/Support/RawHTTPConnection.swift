import FlyingSocks
import Foundation

/// A connection to a server on loopback that speaks HTTP by hand, for what a polite client never sends (and
/// for reading exactly the bytes a server answers). Every read has a deadline, so a silent server fails the
/// test instead of hanging it.
struct RawHTTPConnection {
    private let socket: AsyncSocket

    /// Connects to `127.0.0.1:port`.
    init(port: UInt16) async throws {
        socket = try await AsyncSocket.connected(to: try sockaddr_in.inet(ip4: "127.0.0.1", port: port))
    }

    /// Sends `text` as it is (`\r\n` included).
    func send(_ text: String) async throws {
        try await socket.write(Data(text.utf8))
    }

    /// Sends `bytes` as they are.
    func send(_ bytes: [UInt8]) async throws {
        try await socket.write(Data(bytes))
    }

    /// The bytes received until the server closed the connection; nil if it did not within `limit`.
    func readToEnd(within limit: Duration = .seconds(10)) async throws -> [UInt8]? {
        try await Self.racing(limit) { [socket] in
            var received: [UInt8] = []
            while true {
                do {
                    received += try await socket.read(atMost: 65536)
                } catch SocketError.disconnected {
                    return received
                } catch let SocketError.failed(_, code, _) where code == ECONNRESET {
                    return received
                }
            }
        }
    }

    /// The next response (a head, and as many bytes of body as its `Content-Length` says unless
    /// `bodiless`); nil if it did not come whole within `limit`.
    func readResponse(bodiless: Bool = false, within limit: Duration = .seconds(10)) async throws -> RawHTTPResponse? {
        try await Self.racing(limit) { [socket] in
            var received: [UInt8] = []
            while true {
                if let response = RawHTTPResponse(received), bodiless || response.body.count >= response.contentLength {
                    return response
                }
                received += try await socket.read(atMost: 65536)
            }
        }
    }

    /// Whether the server has sent nothing yet and kept the connection open (checked without waiting).
    var isOpenAndSilent: Bool {
        do {
            _ = try socket.socket.read(atMost: 1)
            return false
        } catch SocketError.blocked {
            return true
        } catch {
            return false
        }
    }

    func close() {
        try? socket.close()
    }

    private static func racing<T: Sendable>(_ limit: Duration, _ operation: @escaping @Sendable () async throws -> T) async throws -> T? {
        try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await operation() }
            group.addTask {
                try await Task.sleep(for: limit)
                return nil
            }
            defer { group.cancelAll() }
            return try await group.next() ?? nil
        }
    }
}

/// A response as it came on the wire.
struct RawHTTPResponse {
    /// The status code.
    let status: Int
    /// The header fields, names in lower case.
    let headers: [String: String]
    /// Every byte after the blank line that ends the head.
    let body: [UInt8]

    /// The `Content-Length`, or 0.
    var contentLength: Int { headers["content-length"].flatMap { Int($0) } ?? 0 }

    /// Parses `bytes`; nil until they hold a whole head.
    init?(_ bytes: [UInt8]) {
        let separator = Array("\r\n\r\n".utf8)
        guard let end = bytes.indices.first(where: { bytes[$0...].starts(with: separator) }) else { return nil }
        let lines = String(decoding: bytes[..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let statusLine = lines[0].split(separator: " ")
        guard statusLine.count >= 2, statusLine[0] == "HTTP/1.1", let status = Int(statusLine[1]) else { return nil }
        self.status = status
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        self.headers = headers
        body = Array(bytes[(end + separator.count)...])
    }
}
