import FlyingSocks
import Foundation

/// A connection to a server on loopback that speaks HTTP by hand, for what a polite client never sends (and
/// for reading exactly the bytes a server answers). Every read has a deadline, so a silent server fails the
/// test instead of hanging it; a generous one, as the whole suite shares two cores.
struct RawHTTPConnection {
    private let socket: AsyncSocket

    /// Connects to `127.0.0.1:port`, and sends `opening` at once (a few bytes, without waiting for anything
    /// else to run first: the server's clock starts with the connection).
    init(port: UInt16, opening: String = "") async throws {
        socket = try await AsyncSocket.connected(to: try sockaddr_in.inet(ip4: "127.0.0.1", port: port))
        if !opening.isEmpty { _ = try socket.socket.write(Data(opening.utf8)) }
    }

    /// Did not take all the bytes in time.
    struct SendTimedOut: Error {}

    /// Sends `text` as it is (`\r\n` included); throws if the server does not take it within `limit`.
    func send(_ text: String, within limit: Duration = .seconds(30)) async throws {
        let data = Data(text.utf8)
        guard try await Self.racing(limit, { [socket] in try await socket.write(data) }) != nil else { throw SendTimedOut() }
    }

    /// The bytes received until the server closed the connection; nil if it did not within `limit`.
    func readToEnd(within limit: Duration = .seconds(30)) async throws -> [UInt8]? {
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

    /// The next `count` responses, each a head and as many bytes of body as its `Content-Length` says; nil if
    /// they did not all come within `limit`.
    func readResponses(_ count: Int, within limit: Duration = .seconds(30)) async throws -> [RawHTTPResponse]? {
        try await Self.racing(limit) { [socket] in
            var received: [UInt8] = []
            while true {
                var responses: [RawHTTPResponse] = []
                var rest = received[...]
                while responses.count < count, var response = RawHTTPResponse(rest), response.body.count >= response.contentLength {
                    response.body = Array(response.body.prefix(response.contentLength))
                    responses.append(response)
                    rest = rest.dropFirst(response.headLength + response.contentLength)
                }
                if responses.count == count { return responses }
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
    /// Every byte after the blank line that ends the head (`readResponses` keeps only `Content-Length` of them).
    var body: [UInt8]
    /// The bytes of the head, blank line included.
    let headLength: Int

    /// The `Content-Length`, or 0.
    var contentLength: Int { headers["content-length"].flatMap { Int($0) } ?? 0 }

    /// Parses `bytes`; nil until they hold a whole head.
    init?(_ bytes: some Collection<UInt8>) {
        let bytes = Array(bytes)
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
        headLength = end + separator.count
        body = Array(bytes[headLength...])
    }
}
