/// A failure that is not about content: a missing folder, an unwritable output. Reported as one message.
public struct BuildFailure: Error, Sendable, Equatable {
    /// What went wrong.
    public let message: String
    /// What to do about it.
    public let hint: String?
    /// Whether the user asked for something impossible (exit code 2) rather than the build failing (1).
    public let isUsageError: Bool

    /// Creates a failure.
    public init(_ message: String, hint: String? = nil, isUsageError: Bool = false) {
        self.message = message
        self.hint = hint
        self.isUsageError = isUsageError
    }
}
