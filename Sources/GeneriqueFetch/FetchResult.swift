import Foundation

/// One GET to send: what to ask for and how much of the answer to keep.
public struct FetchRequest: Sendable, Hashable {
    /// An http(s) address.
    public let url: URL
    /// The `Accept` header.
    public let accept: String
    /// Bytes of body kept at most: reading stops there.
    public let limit: Int

    /// Pages and API answers are kept up to 1 MB, feeds up to 5 MB.
    public static let pageLimit = 1 << 20
    /// See `pageLimit`.
    public static let feedLimit = 5 << 20

    /// A request for `url`.
    public init(url: URL, accept: String, limit: Int = FetchRequest.pageLimit) {
        self.url = url
        self.accept = accept
        self.limit = limit
    }
}

/// A redirect followed: from one address to the next.
public struct Redirect: Sendable, Hashable {
    /// The address that answered with the redirect.
    public let from: URL
    /// 301, 302, 303, 307 or 308.
    public let status: Int
    /// Where its `Location` pointed.
    public let to: URL

    /// 301 and 308 say the address changed for good; the others, for now.
    public var isPermanent: Bool { status == 301 || status == 308 }

    /// The statuses followed as redirects.
    static let statuses: Set<Int> = [301, 302, 303, 307, 308]
}

/// The last answer of a fetch: not a redirect.
public struct FetchResponse: Sendable, Hashable {
    /// The address that gave it (after redirects).
    public let url: URL
    /// The HTTP status.
    public let status: Int
    /// Header values by lowercased name.
    public let headers: [String: String]
    /// At most the request's limit of body bytes.
    public let body: [UInt8]
    /// The body went on past the limit.
    public let isTruncated: Bool
}

/// Why a fetch ended without an answer.
public enum FetchProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// Not http or https.
    case unsupportedScheme(String)
    /// The address has no host.
    case noHost
    /// The host's name does not exist.
    case hostNotFound(String)
    /// The host is, or resolves to, an address that is never fetched.
    case refused(String)
    /// Name resolution failed for now.
    case resolution(String)
    /// No complete answer within the time allowed.
    case timeout
    /// The connection failed (refused, reset, TLS).
    case connection(String)
    /// More redirects than allowed.
    case tooManyRedirects(Int)
    /// A redirect pointed back to an address already visited.
    case redirectLoop(URL)
    /// A redirect without a usable `Location`.
    case badRedirect(Int)
    /// The run's deadline passed before the request could start.
    case deadline

    public var description: String {
        switch self {
        case .unsupportedScheme(let scheme): "only http and https are fetched, not \(scheme)"
        case .noHost: "the address has no host"
        case .hostNotFound(let reason): "domain not found (\(reason))"
        case .refused(let reason): "not fetched: \(reason)"
        case .resolution(let reason): "name resolution failed (\(reason))"
        case .timeout: "timed out"
        case .connection(let reason): reason
        case .tooManyRedirects(let count): "more than \(count) redirects"
        case .redirectLoop(let url): "redirect loop back to \(url.absoluteString)"
        case .badRedirect(let status): "\(status) redirect without a usable Location"
        case .deadline: "the run's deadline passed first"
        }
    }
}

/// What a fetch gave: the redirects followed, then an answer or a problem.
public struct FetchResult: Sendable, Hashable {
    /// Redirects followed, in order.
    public let redirects: [Redirect]
    /// The last answer (a 429 or 5xx once retries are spent), or why there is none.
    public let outcome: Result<FetchResponse, FetchProblem>
    /// Requests sent, retries and redirects included.
    public let requests: Int
}
