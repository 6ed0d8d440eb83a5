/// Hands out the right to send a request, and sends it in the same step: at most `perHost` at once to one
/// host, starts to one host at least `interval` apart, at most `global` at once overall, and none to a host
/// before the time a rate limit asked to wait for. Waiters of one host go first come, first served; hosts
/// take turns.
///
/// Sending in the step that takes the slot (rather than waking the waiter to send) makes the limits hold for
/// requests as they leave: a waiter woken late, on a busy machine, would otherwise send close behind the next.
actor HostScheduler {
    private struct Waiter {
        /// Sends the request; the argument is called once it has ended.
        let begin: @Sendable (_ finish: @escaping @Sendable () -> Void) -> Void
        /// The scheduler closed first.
        let cancel: @Sendable () -> Void
    }

    private struct Host {
        var active = 0
        var nextStart: ContinuousClock.Instant
        var waiters: [Waiter] = []
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

    /// Waits for a slot for `host`, then calls `start` in the step that takes it, and returns what `start`
    /// passed to its `done` (which it must call once); nil, without calling `start`, when the scheduler was
    /// closed first (the run's deadline).
    func perform<Value: Sendable>(
        _ host: String, _ start: @escaping @Sendable (_ done: @escaping @Sendable (Value) -> Void) -> Void
    ) async -> Value? {
        if closed { return nil }
        return await withCheckedContinuation { (continuation: CheckedContinuation<Value?, Never>) in
            let waiter = Waiter(
                begin: { finish in
                    start { value in
                        continuation.resume(returning: value)
                        finish()
                    }
                },
                cancel: { continuation.resume(returning: nil) })
            hosts[host, default: Host(nextStart: .now)].waiters.append(waiter)
            if !queue.contains(host) { queue.append(host) }
            pump()
        }
    }

    /// No request starts to `host` before `instant` (a `Retry-After`, a rate limit's reset).
    func pause(_ host: String, until instant: ContinuousClock.Instant) {
        hosts[host, default: Host(nextStart: .now)].nextStart = max(hosts[host]?.nextStart ?? instant, instant)
    }

    /// Every waiter gets nil, and so does every later `perform`.
    func close() {
        closed = true
        for host in queue {
            for waiter in hosts[host]?.waiters ?? [] { waiter.cancel() }
            hosts[host]?.waiters = []
        }
        queue = []
    }

    private func finished(_ host: String) {
        active -= 1
        hosts[host]?.active -= 1
        pump()
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
            waiter.begin { Task { await self.finished(name) } }
        }
    }

    private func timerFired(_ name: String) {
        hosts[name]?.timerSet = false
        pump()
    }
}
