/// Hands out the right to start a request: at most `perHost` at once to one host, starts to one host at
/// least `interval` apart, at most `global` at once overall, and none to a host before the time a rate
/// limit asked to wait for. Waiters of one host go first come, first served; hosts take turns.
actor HostScheduler {
    private struct Host {
        var active = 0
        var nextStart: ContinuousClock.Instant
        var waiters: [CheckedContinuation<Bool, Never>] = []
        var timerSet = false
    }

    private let perHost: Int
    private let interval: Duration
    private let global: Int
    private var active = 0
    private var hosts: [String: Host] = [:]
    /// Hosts with waiters, in the order they started waiting: the next slot goes to the first that can start.
    private var queue: [String] = []
    private var closed = false

    init(perHost: Int, interval: Duration, global: Int) {
        self.perHost = max(1, perHost)
        self.interval = interval
        self.global = max(1, global)
    }

    /// Waits for a slot for `host`; false when the scheduler was closed meanwhile (the run's deadline).
    /// Every `true` must be followed by one `release(host)`.
    func acquire(_ host: String) async -> Bool {
        if closed { return false }
        return await withCheckedContinuation { continuation in
            hosts[host, default: Host(nextStart: .now)].waiters.append(continuation)
            if !queue.contains(host) { queue.append(host) }
            pump()
        }
    }

    /// A request to `host` ended.
    func release(_ host: String) {
        active -= 1
        hosts[host]?.active -= 1
        pump()
    }

    /// No request starts to `host` before `instant` (a `Retry-After`, a rate limit's reset).
    func pause(_ host: String, until instant: ContinuousClock.Instant) {
        hosts[host, default: Host(nextStart: .now)].nextStart = max(hosts[host]?.nextStart ?? instant, instant)
    }

    /// Every waiter gets `false`, and so does every later `acquire`.
    func close() {
        closed = true
        for host in queue {
            for waiter in hosts[host]?.waiters ?? [] { waiter.resume(returning: false) }
            hosts[host]?.waiters = []
        }
        queue = []
    }

    private func pump() {
        let now = ContinuousClock.now
        var index = 0
        while index < queue.count, active < global {
            let name = queue[index]
            guard var host = hosts[name], !host.waiters.isEmpty else {
                queue.remove(at: index)
                continue
            }
            guard host.active < perHost else {
                index += 1
                continue
            }
            guard host.nextStart <= now else {
                if !host.timerSet {
                    host.timerSet = true
                    hosts[name] = host
                    let wake = host.nextStart
                    Task { [weak self] in
                        try? await Task.sleep(until: wake, clock: .continuous)
                        await self?.timerFired(name)
                    }
                }
                index += 1
                continue
            }
            let waiter = host.waiters.removeFirst()
            host.active += 1
            host.nextStart = now + interval
            hosts[name] = host
            active += 1
            queue.remove(at: index)
            if !host.waiters.isEmpty { queue.append(name) }
            waiter.resume(returning: true)
        }
    }

    private func timerFired(_ name: String) {
        hosts[name]?.timerSet = false
        pump()
    }
}
