/// The version of the site being served, and the tabs waiting to hear about the next one.
public actor LiveSite {
    /// What requests are answered from now.
    public private(set) var current = ServedSite.starting
    private var listeners: [Int: AsyncStream<Int>.Continuation] = [:]
    private var nextListener = 0

    /// Creates an empty site; requests get a waiting page until the first build is published.
    public init() {}

    /// Publishes the outcome of a rebuild; returns the new version, or nil when readers would see no
    /// difference (then no tab reloads).
    @discardableResult
    public func publish(_ result: LiveBuildResult) -> ServedSite? {
        guard let next = current.next(after: result) else { return nil }
        current = next
        for listener in listeners.values { listener.yield(next.generation) }
        return next
    }

    /// The generations published from now on, starting with the current one.
    public func generations() -> AsyncStream<Int> {
        let (stream, continuation) = AsyncStream.makeStream(of: Int.self, bufferingPolicy: .bufferingNewest(1))
        let id = nextListener
        nextListener += 1
        listeners[id] = continuation
        continuation.yield(current.generation)
        continuation.onTermination = { _ in Task { await self.removeListener(id) } }
        return stream
    }

    /// Ends every event stream, so the server can stop without waiting for open tabs.
    public func closeListeners() {
        for listener in listeners.values { listener.finish() }
        listeners = [:]
    }

    private func removeListener(_ id: Int) {
        listeners[id] = nil
    }
}
