import FlyingSocks
import Foundation

extension AsyncSocket {
    /// Up to `count` bytes, as soon as some arrive; nil when `deadline` passes first. Throws when the client
    /// has closed the connection, or the task is cancelled.
    func read(atMost count: Int, before deadline: ContinuousClock.Instant) async throws -> [UInt8]? {
        try await racing(deadline) { try await self.read(atMost: count) }
    }

    /// Whether all of `bytes` were written before `deadline` (a client that does not read is dropped).
    func write(_ bytes: [UInt8], before deadline: ContinuousClock.Instant) async -> Bool {
        (try? await racing(deadline) { try await self.write(Data(bytes)) }) != nil
    }
}

/// The result of `operation`, or nil if `deadline` passes first (then the operation is cancelled, which
/// wakes a socket waiting in the pool).
private func racing<T: Sendable>(
    _ deadline: ContinuousClock.Instant, _ operation: @escaping @Sendable () async throws -> T
) async throws -> T? {
    try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask { try await operation() }
        group.addTask {
            try await Task.sleep(until: deadline, clock: .continuous)
            return nil
        }
        defer { group.cancelAll() }
        if let value = try await group.next() ?? nil { return value }
        // The clock came first, but on a busy machine the operation may have finished too: bytes it read
        // must not be lost.
        group.cancelAll()
        guard case let value?? = try? await group.next() else { return nil }
        return value
    }
}
