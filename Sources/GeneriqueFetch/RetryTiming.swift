import Foundation

/// When to ask a server again: what it asked for (`Retry-After`, `X-RateLimit-Reset`), or else an
/// exponential backoff.
enum RetryTiming {
    /// Whether an answer with this status is worth asking again: the server said "later" (408, 429) or failed
    /// (5xx). Other statuses are the server's last word.
    static func isRetryable(status: Int) -> Bool {
        status == 408 || status == 429 || (500...599).contains(status)
    }

    /// The wait the server asked for in `headers`: `Retry-After` (seconds or an HTTP date), else
    /// `X-RateLimit-Reset` (seconds, a Unix time or an ISO 8601 date, as Mastodon sends). Nil when it said
    /// nothing readable; never negative.
    static func askedWait(_ headers: [String: String], now: Date) -> Duration? {
        if let value = headers["retry-after"]?.trimmingCharacters(in: .whitespaces) {
            if let seconds = Int(value) { return .seconds(max(0, seconds)) }
            if let date = httpDate(value) { return until(date, now: now) }
        }
        if let value = headers["x-ratelimit-reset"]?.trimmingCharacters(in: .whitespaces) {
            if let number = Double(value) {
                // Above a billion it is a Unix time (2001 onwards), below a number of seconds.
                return number > 1_000_000_000
                    ? until(Date(timeIntervalSince1970: number), now: now) : .milliseconds(Int(max(0, number) * 1000))
            }
            if let date = isoDate(value) { return until(date, now: now) }
        }
        return nil
    }

    /// A host said it has no request left for now (`X-RateLimit-Remaining: 0`): how long until it has.
    static func exhaustedLimitWait(_ headers: [String: String], now: Date) -> Duration? {
        guard headers["x-ratelimit-remaining"]?.trimmingCharacters(in: .whitespaces) == "0" else { return nil }
        var resetOnly = headers
        resetOnly["retry-after"] = nil
        return askedWait(resetOnly, now: now)
    }

    /// `first`, doubled at each retry after the first (`retry` counts from 1).
    static func backoff(retry: Int, first: Duration) -> Duration {
        first * (1 << min(max(0, retry - 1), 16))
    }

    private static func until(_ date: Date, now: Date) -> Duration {
        .milliseconds(Int(max(0, date.timeIntervalSince(now)) * 1000))
    }

    /// The three forms RFC 9110 allows: `Sun, 06 Nov 1994 08:49:37 GMT`, the obsolete RFC 850 form and
    /// asctime's.
    private static func httpDate(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: text) { return date }
        }
        return nil
    }

    private static func isoDate(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)
    }
}
