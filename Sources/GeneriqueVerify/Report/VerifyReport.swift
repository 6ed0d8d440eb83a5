import GeneriqueCore

/// What a run found, entry by entry, check by check, in the plan's order.
public struct VerifyReport: Sendable {
    /// One check of one entry.
    public struct Line: Sendable {
        /// What was checked, and where the entry writes it.
        public let check: VerifyPlan.Check
        /// What the check found.
        public let result: CheckResult
        /// The result came from the cache: no request was sent for it.
        public let isCached: Bool
        /// Why the account is confirmed to be the entry's; nil when it is not (or is not an account).
        public let confirmation: String?
    }

    /// An entry and its lines.
    public struct EntryLines: Sendable {
        /// The entry, as planned.
        public let entry: VerifyPlan.Entry
        /// Its checks, in the plan's order.
        public let lines: [Line]
    }

    /// Every entry of the plan, with its lines.
    public let entries: [EntryLines]
    /// Requests sent during the run (none for results from the cache).
    public let requests: Int
    /// Why the cache could not be written, if it could not.
    public let cacheProblem: String?

    /// Every line, entry after entry.
    public var lines: [Line] { entries.flatMap(\.lines) }

    /// How many checks ended with `outcome`.
    public func count(_ outcome: CheckOutcome) -> Int {
        lines.count { $0.result.outcome == outcome }
    }

    /// Whether something is dead or moved: the run's exit status is then 1. Unreachable is not (a timeout
    /// says nothing about the account) and neither is not-checkable.
    public var hasProblems: Bool { count(.dead) + count(.moved) > 0 }
}
