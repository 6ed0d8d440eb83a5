import FlyingSocks
import Foundation

/// The listening socket of `serve`, over FlyingSocks (FlyingFox's socket module), and the loop that gives
/// each connection a task of its own.
struct HTTPListener: Sendable {
    private let socket: Socket
    private let pool: any AsyncSocketPool

    /// Listens on `host:port` at once, so a taken port is reported before anything else happens.
    static func bind(host: String, port: UInt16) async throws(ServeFailure) -> HTTPListener {
        let address: any SocketAddress
        do {
            address =
                host.contains(":")
                ? try sockaddr_in6.inet6(ip6: host, port: port)
                : try sockaddr_in.inet(ip4: host == "localhost" ? "127.0.0.1" : host, port: port)
        } catch {
            throw ServeFailure(message: "'\(host)' is not an IP address", hint: "use 127.0.0.1 (the default) or ::1")
        }
        do {
            let socket = try Socket(domain: Int32(type(of: address).family))
            do {
                try socket.setValue(true, for: .localAddressReuse)
                try socket.bind(to: address)
                try socket.listen()
                let pool = SocketPool.make()
                try await pool.prepare()
                return HTTPListener(socket: socket, pool: pool)
            } catch {
                try? socket.close()
                throw error
            }
        } catch SocketError.failed(_, let code, _) where code == EADDRINUSE {
            throw ServeFailure(
                message: "port \(port) on \(host) is already in use (another serve, or another server)",
                hint: "stop the other program, or choose another port: generique serve --port \(port &+ 1)")
        } catch {
            throw ServeFailure(message: "cannot listen on \(host):\(port): \(error.localizedDescription)", hint: nil)
        }
    }

    /// The address and port listened on (the port chosen when 0 was asked).
    var address: Socket.Address? { try? socket.sockname() }

    /// Stops listening, for a server that will not run after all.
    func close() {
        try? socket.close()
    }

    /// Accepts connections until the task is cancelled, serving each with `serve` concurrently; then closes
    /// the socket, the connections being cancelled with the task.
    func run(_ serve: @escaping @Sendable (AsyncSocket) async -> Void) async {
        defer { try? socket.close() }
        guard let listening = try? AsyncSocket(socket: socket, pool: pool) else { return }
        await withDiscardingTaskGroup { group in
            group.addTask { try? await pool.run() }
            while !Task.isCancelled {
                do {
                    let connection = try await listening.accept()
                    group.addTask { await serve(connection) }
                } catch {
                    // Most likely out of file descriptors: the open connections still need serving, and will
                    // free some; retrying at once would spin.
                    try? await Task.sleep(for: .milliseconds(50))
                }
            }
            group.cancelAll()
        }
    }
}
