import Foundation
import Synchronization

/// Sends GETs the way a guest should: only to public addresses (or to the origins `--resolve` names), each
/// redirect followed by hand and its address checked again, within per-host and global limits, asking again
/// after a timeout, 408, 429 or 5xx no sooner than the server asked and with an exponential backoff.
///
/// One per run: it holds the HTTP session, the scheduler and the names already resolved. `close()` it at
/// the end.
public struct Fetcher: Sendable {
    private let settings: FetchSettings
    private let transport: HTTPTransport
    private let scheduler: HostScheduler
    private let resolutions: ResolutionMemo
    private let sent = RequestCount()
    /// Closes the scheduler at the deadline, so that requests still waiting for a slot never start.
    private let deadlineTimer: Task<Void, Never>?

    /// A fetcher with `settings`; `resolver` looks names up (the system's, unless a test stands in for it).
    public init(settings: FetchSettings) {
        self.init(settings: settings, resolver: .system)
    }

    init(settings: FetchSettings, resolver: HostResolver) {
        self.settings = settings
        transport = HTTPTransport(userAgent: settings.userAgent)
        scheduler = HostScheduler(perHost: settings.perHost, interval: settings.hostInterval, global: settings.concurrency)
        resolutions = ResolutionMemo(resolver: resolver)
        deadlineTimer = settings.deadline.map { [scheduler] deadline in
            Task {
                guard (try? await Task.sleep(until: deadline, clock: .continuous)) != nil else { return }
                await scheduler.close()
            }
        }
    }

    /// Ends the session: requests still waiting for a slot end with `.deadline`.
    public func close() async {
        deadlineTimer?.cancel()
        await scheduler.close()
        transport.close()
    }

    /// Requests sent so far, retries and redirects included.
    public var requestsSent: Int { sent.value.load(ordering: .relaxed) }

    /// GETs `request.url`, following at most `settings.redirects` redirects.
    public func fetch(_ request: FetchRequest) async -> FetchResult {
        var url = request.url
        var redirects: [Redirect] = []
        var visited: Set<String> = [url.absoluteString]
        var requests = 0
        while true {
            let (outcome, sent) = await exchange(url, request)
            requests += sent
            guard case .success(let response) = outcome, Redirect.statuses.contains(response.status) else {
                return FetchResult(redirects: redirects, outcome: outcome, requests: requests)
            }
            guard let location = response.headers["location"], let next = URL(string: location, relativeTo: url)?.absoluteURL
            else {
                return FetchResult(redirects: redirects, outcome: .failure(.badRedirect(response.status)), requests: requests)
            }
            redirects.append(Redirect(from: url, status: response.status, to: next))
            let problem: FetchProblem? =
                !visited.insert(next.absoluteString).inserted
                ? .redirectLoop(next) : redirects.count > settings.redirects ? .tooManyRedirects(settings.redirects) : nil
            if let problem { return FetchResult(redirects: redirects, outcome: .failure(problem), requests: requests) }
            url = next
        }
    }

    /// One address, asked again while the answer says "later" and retries remain; the number of requests sent.
    private func exchange(_ url: URL, _ request: FetchRequest) async -> (Result<FetchResponse, FetchProblem>, Int) {
        let target: Target
        switch await resolveTarget(url) {
        case .success(let found): target = found
        case .failure(let problem): return (.failure(problem), 0)
        }
        var sent = 0
        while true {
            if let deadline = settings.deadline, deadline <= .now { return (.failure(.deadline), sent) }
            let exchange = TransportRequest(
                url: target.url, hostHeader: target.hostHeader, accept: request.accept, limit: request.limit,
                timeout: settings.timeout)
            let transport = transport
            guard let answer = await scheduler.perform(target.host, { done in transport.start(exchange, completion: done) })
            else { return (.failure(.deadline), sent) }
            sent += 1
            self.sent.value.add(1, ordering: .relaxed)
            let outcome = answer.map {
                FetchResponse(url: url, status: $0.status, headers: $0.headers, body: $0.body, isTruncated: $0.isTruncated)
            }.mapError { failure -> FetchProblem in
                switch failure {
                case .timeout: .timeout
                case .connection(let reason): .connection(reason)
                }
            }
            let now = Date()
            if case .success(let response) = answer, let wait = RetryTiming.exhaustedLimitWait(response.headers, now: now) {
                await scheduler.pause(target.host, until: .now + min(wait, settings.longestWait))
            }
            guard sent <= settings.retries, let wait = retryWait(after: answer, retry: sent, now: now) else {
                return (outcome, sent)
            }
            let wake = ContinuousClock.now + wait
            if let deadline = settings.deadline, wake > deadline { return (outcome, sent) }
            // The whole host waits, not only this request: it is the host that asked for time, or is failing.
            await scheduler.pause(target.host, until: wake)
        }
    }

    /// How long to wait before asking again, or nil when the answer is final (or the server asked for longer
    /// than `longestWait`: asking sooner would be rude, waiting longer would stall the run).
    private func retryWait(after answer: Result<TransportAnswer, TransportFailure>, retry: Int, now: Date) -> Duration? {
        let backoff = min(RetryTiming.backoff(retry: retry, first: settings.firstBackoff), settings.longestWait)
        switch answer {
        case .failure(.timeout): return backoff
        case .failure(.connection): return nil
        case .success(let response):
            guard RetryTiming.isRetryable(status: response.status) else { return nil }
            guard let asked = RetryTiming.askedWait(response.headers, now: now) else { return backoff }
            return asked > settings.longestWait ? nil : max(asked, backoff)
        }
    }

    private struct Target {
        /// The host asked for: limits and pauses are per host.
        let host: String
        /// Where the request goes: the address itself, or its host's `--resolve` origin.
        let url: URL
        let hostHeader: String?
    }

    private func resolveTarget(_ url: URL) async -> Result<Target, FetchProblem> {
        let scheme = url.scheme?.lowercased() ?? ""
        guard scheme == "http" || scheme == "https" else { return .failure(.unsupportedScheme(scheme)) }
        guard var host = url.host?.lowercased(), !host.isEmpty else { return .failure(.noHost) }
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        if let origin = settings.origins.origin(for: host) {
            let components = URLComponents(url: url, resolvingAgainstBaseURL: false)
            let path = components?.percentEncodedPath ?? ""
            let query = components?.percentEncodedQuery.map { "?\($0)" } ?? ""
            guard let mapped = URL(string: "\(origin)\(path.isEmpty ? "/" : path)\(query)") else {
                return .failure(.noHost)
            }
            let shownHost = host.contains(":") ? "[\(host)]" : host
            return .success(Target(host: host, url: mapped, hostHeader: url.port.map { "\(shownHost):\($0)" } ?? shownHost))
        }
        switch await resolutions.check(host) {
        case nil: return .success(Target(host: host, url: url, hostHeader: nil))
        case .notFound(let reason): return .failure(.hostNotFound(reason))
        case .failed(let reason): return .failure(.resolution(reason))
        case .refused(let reason): return .failure(.refused(reason))
        }
    }
}

/// Each host's address check, done once per run however many requests go to it.
///
/// A machine without DNS says that every name does not exist (EAI_NONAME) just as a resolver that knows a
/// domain is gone: a name not found is trusted only when the resolver gave addresses for another name of the
/// run (public or not), and is otherwise a resolution failure (unreachable now, never dead).
private actor ResolutionMemo {
    private let resolver: HostResolver
    private var checks: [String: Task<ResolveFailure?, Never>] = [:]

    init(resolver: HostResolver) {
        self.resolver = resolver
    }

    func check(_ host: String) async -> ResolveFailure? {
        let failure = await lookUp(host)
        guard case .notFound(let reason) = failure else { return failure }
        for (other, lookup) in checks where other != host {
            switch await lookup.value {
            case nil, .refused: return failure  // the resolver answered for another name
            case .notFound, .failed: continue
            }
        }
        return .failed("\(reason), and no other name resolved in this run: is this machine offline?")
    }

    private func lookUp(_ host: String) async -> ResolveFailure? {
        if let known = checks[host] { return await known.value }
        let resolver = resolver
        let check = Task { await resolver.check(host) }
        checks[host] = check
        return await check.value
    }
}

/// Requests sent by one fetcher, counted from every task that sends.
private final class RequestCount: Sendable {
    let value = Atomic<Int>(0)
}
