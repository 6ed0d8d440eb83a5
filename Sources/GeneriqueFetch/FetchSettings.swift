/// How a `Fetcher` behaves: who it says it is, where mapped hosts go, and how hard it may press a server.
public struct FetchSettings: Sendable {
    /// The `User-Agent` of every request: `Generique/0.1.0 (+https://example.org/guide/) URLSession`.
    public var userAgent: String
    /// `--resolve`: hosts sent to another origin.
    public var origins: OriginMap
    /// Longest time one request may take, from its start to its last byte.
    public var timeout: Duration
    /// How many times a request is sent again after a timeout, a 408, a 429 or a 5xx.
    public var retries: Int
    /// Requests at once, all hosts together.
    public var concurrency: Int
    /// Requests at once to one host.
    public var perHost: Int
    /// Least time between the starts of two requests to one host.
    public var hostInterval: Duration
    /// Redirects followed at most, each to an address checked again.
    public var redirects: Int
    /// The wait before the first retry; it doubles at each retry.
    public var firstBackoff: Duration
    /// Longest wait before a retry: a server asking for more (`Retry-After`) is not asked again.
    public var longestWait: Duration
    /// No request starts after this instant (the run's deadline).
    public var deadline: ContinuousClock.Instant?

    /// Settings with the defaults `verify` documents.
    public init(
        userAgent: String, origins: OriginMap = OriginMap(), timeout: Duration = .seconds(15), retries: Int = 2,
        concurrency: Int = 8, perHost: Int = 2, hostInterval: Duration = .milliseconds(500), redirects: Int = 5,
        firstBackoff: Duration = .seconds(1), longestWait: Duration = .seconds(60),
        deadline: ContinuousClock.Instant? = nil
    ) {
        self.userAgent = userAgent
        self.origins = origins
        self.timeout = timeout
        self.retries = retries
        self.concurrency = concurrency
        self.perHost = perHost
        self.hostInterval = hostInterval
        self.redirects = redirects
        self.firstBackoff = firstBackoff
        self.longestWait = longestWait
        self.deadline = deadline
    }
}
