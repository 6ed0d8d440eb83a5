import FlyingSocks
import Foundation
import GeneriqueCore

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
    /// How much of a request is read, and how long a client may take.
    public var limits: RequestLimits
    /// The day of each rebuild, for the warnings about future and stale dates (nil: not checked).
    public var today: @Sendable () -> LocalDate? = { nil }

    /// Creates options.
    public init(
        root: URL, host: String = "127.0.0.1", port: UInt16 = 1313, baseURL: String? = nil, includeDrafts: Bool = false,
        limits: RequestLimits = RequestLimits()
    ) {
        self.root = root
        self.host = host
        self.port = port
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
        self.limits = limits
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
        let listener = try await HTTPListener.bind(host: options.host, port: options.port)
        let changes: AsyncStream<Void>
        let log = ChangeLog()
        do {
            changes = try FileWatcher.changes(
                in: ["content", "templates"].map { options.root.appendingPathComponent($0) }, log: log)
        } catch {
            listener.close()
            throw ServeFailure(message: error.message, hint: nil)
        }
        guard let address = listener.address, let url = siteURL(address) else {
            listener.close()
            throw ServeFailure(message: "the server did not report its address", hint: nil)
        }
        let site = LiveSite()
        await withDiscardingTaskGroup { group in
            group.addTask {
                await listener.run { socket in
                    await LiveConnection(socket: socket, site: site, limits: options.limits).serve()
                }
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
            group.cancelAll()
        }
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

    private static func siteURL(_ address: Socket.Address) -> URL? {
        switch address {
        case .ip4(let ip, let port): URL(string: "http://\(ip):\(port)/")
        case .ip6(let ip, let port): URL(string: "http://[\(ip)]:\(port)/")
        default: nil
        }
    }
}
