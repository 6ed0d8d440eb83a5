import FlyingFox
import FlyingSocks
import Foundation
import GeneriqueCore
import Synchronization

/// What `generique serve` was asked for.
public struct LiveServerOptions: Sendable {
    /// The site's root folder.
    public var root: URL
    /// The address to listen on: `127.0.0.1` (default), `::1`, or another address of this machine.
    public var host: String
    /// The port; 0 picks a free one.
    public var port: UInt16
    /// Replaces `baseURL` from `site.yml` (already normalised).
    public var baseURL: String?
    /// Whether drafts are shown.
    public var includeDrafts: Bool
    /// The day of each rebuild, for the warnings about future dates (nil: not checked).
    public var today: @Sendable () -> LocalDate? = { nil }

    /// Creates options.
    public init(root: URL, host: String = "127.0.0.1", port: UInt16 = 1313, baseURL: String? = nil, includeDrafts: Bool = false) {
        self.root = root
        self.host = host
        self.port = port
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
    }
}

/// What happens while serving, for the command line to report.
public enum LiveEvent: Sendable {
    /// Listening; the site's address.
    case listening(URL)
    /// A build finished and its version is published (`result` says what it rendered and how long each
    /// phase took).
    case built(ServedSite, result: LiveBuildResult, duration: Duration)
    /// Files changed but readers would see no difference.
    case unchanged(duration: Duration)
}

/// Why serving could not start.
public struct ServeFailure: Error, Sendable {
    /// What went wrong.
    public let message: String
    /// What to do about it.
    public let hint: String?
}

/// `serve`: builds the site in memory, answers HTTP requests from it, rebuilds on every change under
/// `content/` and `templates/` and tells open tabs to reload.
public enum LiveServer {
    /// Serves until the calling task is cancelled (Ctrl-C in the command line).
    public static func run(_ options: LiveServerOptions, onEvent: @escaping @Sendable (LiveEvent) -> Void)
        async throws(ServeFailure)
    {
        let site = LiveSite()
        let server = try await listen(options, site: site)
        let changes: AsyncStream<Void>
        let log = ChangeLog()
        do {
            changes = try FileWatcher.changes(
                in: ["content", "templates"].map { options.root.appendingPathComponent($0) }, log: log)
        } catch {
            await server.stop()
            throw ServeFailure(message: error.message, hint: nil)
        }
        guard let address = await server.listeningAddress, let url = siteURL(address) else {
            await server.stop()
            throw ServeFailure(message: "the server did not report its address", hint: nil)
        }
        onEvent(.listening(url))

        var build = LiveBuild(
            root: options.root, baseURL: options.baseURL, includeDrafts: options.includeDrafts, today: options.today)
        await rebuild(&build, changed: nil, site: site, onEvent: onEvent)
        for await _ in changes {
            // Editors save in several steps (temporary file, rename, attributes): let the burst settle.
            try? await Task.sleep(for: .milliseconds(20))
            await rebuild(&build, changed: log.take(), site: site, onEvent: onEvent)
        }
        await site.closeListeners()
        await server.stop(timeout: 1)
    }

    private static func rebuild(
        _ build: inout LiveBuild, changed: Set<String>?, site: LiveSite, onEvent: @Sendable (LiveEvent) -> Void
    ) async {
        let start = ContinuousClock.now
        let result = await build.rebuild(changed: changed)
        if let published = await site.publish(result) {
            onEvent(.built(published, result: result, duration: ContinuousClock.now - start))
        } else {
            onEvent(.unchanged(duration: ContinuousClock.now - start))
        }
    }

    /// Starts the HTTP server and waits until it listens, so a taken port is reported at once.
    private static func listen(_ options: LiveServerOptions, site: LiveSite) async throws(ServeFailure) -> HTTPServer {
        let address: any SocketAddress
        do {
            address =
                options.host.contains(":")
                ? try sockaddr_in6.inet6(ip6: options.host, port: options.port)
                : try sockaddr_in.inet(ip4: options.host == "localhost" ? "127.0.0.1" : options.host, port: options.port)
        } catch {
            throw ServeFailure(message: "'\(options.host)' is not an IP address", hint: "use 127.0.0.1 (the default) or ::1")
        }
        let server = HTTPServer(address: address, timeout: 30, logger: .disabled, handler: LiveHandler(site: site))
        let startup = StartupFailure()
        Task {
            do {
                try await server.run()
            } catch {
                startup.record(error)
            }
        }
        // Either the server listens, or it failed to bind: whichever comes first, without a long timeout.
        for _ in 0..<1000 {
            if await server.isListening { return server }
            if let (code, text) = startup.failure {
                if code == EADDRINUSE {
                    throw ServeFailure(
                        message: "port \(options.port) on \(options.host) is already in use (another serve, or another server)",
                        hint: "stop the other program, or choose another port: generique serve --port \(options.port &+ 1)")
                }
                throw ServeFailure(message: "cannot listen on \(options.host):\(options.port): \(text)", hint: nil)
            }
            try? await Task.sleep(for: .milliseconds(5))
        }
        await server.stop()
        throw ServeFailure(message: "the server did not start listening on \(options.host):\(options.port)", hint: nil)
    }

    private static func siteURL(_ address: Socket.Address) -> URL? {
        switch address {
        case .ip4(let ip, let port): URL(string: "http://\(ip):\(port)/")
        case .ip6(let ip, let port): URL(string: "http://[\(ip)]:\(port)/")
        default: nil
        }
    }
}

/// Why the server stopped before it listened, recorded by its task for `listen` to report.
private final class StartupFailure: Sendable {
    private let recorded = Mutex<(code: Int32?, text: String)?>(nil)

    var failure: (code: Int32?, text: String)? { recorded.withLock { $0 } }

    func record(_ error: any Error) {
        var code: Int32?
        if case SocketError.failed(_, let number, _) = error { code = number }
        let text = "\(error)"
        recorded.withLock { $0 = (code, text) }
    }
}

/// Adapts FlyingFox requests to `LiveResponder`, and streams reload events.
private struct LiveHandler: HTTPHandler {
    let site: LiveSite

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        // The raw target: FlyingFox's `path` is normalised without its trailing slash, which folder URLs need.
        let path = request.target.path(percentEncoded: false)
        if path == LiveResponder.eventsPath {
            let body = HTTPBodySequence(from: EventStreamBody(generations: await site.generations()), suggestedBufferSize: 256)
            return HTTPResponse(
                statusCode: .ok, headers: [.contentType: MediaType.eventStream, HTTPHeader("Cache-Control"): "no-cache"],
                body: body)
        }
        let live = LiveRequest(
            method: request.method.rawValue, path: path, ifNoneMatch: request.headers[HTTPHeader("If-None-Match")])
        let response = LiveResponder.respond(to: live, site: await site.current)
        var headers = HTTPHeaders()
        for (name, value) in response.headers { headers[HTTPHeader(name)] = value }
        return HTTPResponse(
            statusCode: HTTPStatusCode(response.status, phrase: Self.phrases[response.status] ?? "Status"), headers: headers,
            body: Data(response.body))
    }

    private static let phrases = [
        200: "OK", 301: "Moved Permanently", 302: "Found", 304: "Not Modified", 400: "Bad Request", 404: "Not Found",
        405: "Method Not Allowed", 500: "Internal Server Error", 503: "Service Unavailable",
    ]
}
