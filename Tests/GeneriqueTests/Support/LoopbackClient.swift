import FlyingFox
import FlyingSocks
import Foundation

/// HTTP requests to a `serve` running in the test process, over loopback only.
struct LoopbackClient {
    let port: UInt16

    struct Response {
        let status: Int
        let headers: HTTPHeaders
        let body: String

        func header(_ name: String) -> String? { headers[HTTPHeader(name)] }
    }

    /// One request on a connection of its own.
    func get(_ path: String, method: HTTPMethod = .GET, headers: [String: String] = [:]) async throws -> Response {
        var client = HTTPClient()
        // FlyingFox's client sends no `Host`, which HTTP/1.1 requires (and `serve` checks).
        var fields: HTTPHeaders = [.host: "127.0.0.1:\(port)"]
        for (name, value) in headers { fields[HTTPHeader(name)] = value }
        let request = HTTPRequest(
            method: method, version: .http11, path: path, query: [], headers: fields, body: HTTPBodySequence(data: Data()))
        let response = try await client.sendHTTPRequest(request, to: try sockaddr_in.inet(ip4: "127.0.0.1", port: port))
        let body = method == .HEAD ? Data() : try await response.bodyData
        return Response(status: response.statusCode.code, headers: response.headers, body: String(decoding: body, as: UTF8.self))
    }

    /// Reads the server's event stream as a browser's EventSource would, and hands over the generation of
    /// each `site` event as it arrives, until `onEach` returns true. (FlyingFox's client reads whole bodies,
    /// so this speaks HTTP on the socket itself.)
    func watchGenerations(onEach: @Sendable (Int) async throws -> Bool) async throws {
        let socket = try await AsyncSocket.connected(to: try sockaddr_in.inet(ip4: "127.0.0.1", port: port))
        defer { try? socket.close() }
        let request = "GET /__generique/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n"
        try await socket.write(Data(request.utf8))
        var pending = ""
        while true {
            let bytes = try await socket.read(atMost: 4096)
            guard !bytes.isEmpty else { return }
            // Chunk-size lines are noise here: only `data:` lines are read.
            pending += String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
            while let end = pending.range(of: "\n\n") {
                let event = pending[..<end.lowerBound]
                pending = String(pending[end.upperBound...])
                guard let data = event.split(separator: "\n").first(where: { $0.hasPrefix("data: ") }),
                    let generation = Int(data.dropFirst("data: ".count))
                else { continue }
                if try await onEach(generation) { return }
            }
        }
    }
}
