import Foundation

extension FetchResponse {
    /// The wait this answer asks for (`Retry-After`, else `X-RateLimit-Reset`), for APIs that say "later" in a
    /// successful answer's body, as MediaWiki does when its replicas lag (`maxlag`).
    public var askedWait: Duration? {
        RetryTiming.askedWait(headers, now: Date())
    }
}
