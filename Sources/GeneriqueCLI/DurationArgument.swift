import ArgumentParser

/// A length of time as typed: a whole number and a unit, `500ms`, `15s`, `30m`, `12h` or `7d`.
struct DurationArgument: ExpressibleByArgument, Sendable, CustomStringConvertible {
    let duration: Duration
    let description: String

    /// A default: `duration`, shown in help as `shown`.
    init(_ duration: Duration, shown: String) {
        self.duration = duration
        description = shown
    }

    init?(argument: String) {
        let text = argument.lowercased()
        let digits = text.prefix(while: \.isNumber)
        let seconds: [String: Int64] = ["s": 1, "m": 60, "h": 3600, "d": 86400]
        guard let value = Int64(digits), value > 0, value < 1 << 30 else { return nil }
        let unit = String(text.dropFirst(digits.count))
        if unit == "ms" {
            duration = .milliseconds(value)
        } else if let factor = seconds[unit] {
            duration = .seconds(value * factor)
        } else {
            return nil
        }
        description = argument
    }

    static var defaultCompletionKind: CompletionKind { .default }
}
