/// How a check ended: exactly one of five.
public enum CheckOutcome: String, Sendable, Hashable, Codable, CaseIterable {
    /// The account, site or feed is there.
    case ok
    /// It moved for good: a permanent redirect, a Mastodon account that moved, a Bluesky handle changed.
    case moved
    /// It is gone: account not found, suspended or taken down, 404 or 410, a domain that does not exist,
    /// a redirect loop, a page served where a feed should be.
    case dead
    /// No answer to judge by, for now: timeouts, 5xx and 429 after retries, refused connections. Never dead.
    case unreachable
    /// Not checked, on purpose: the network blocks anonymous checks, or the address is one never fetched.
    case notCheckable = "not-checkable"

    /// How the text report says it.
    public var label: String {
        switch self {
        case .ok: "ok"
        case .moved: "moved"
        case .dead: "dead"
        case .unreachable: "unreachable now"
        case .notCheckable: "not checkable"
        }
    }
}

/// What one check found.
public struct CheckResult: Sendable, Hashable, Codable {
    /// How it ended.
    public var outcome: CheckOutcome
    /// What shows it, in a few words: a status, an API's error, where it moved.
    public var evidence: String
    /// For `moved`: the new address, or the new handle.
    public var movedTo: String?
    /// Links the check found that can confirm an owner: a website's `rel="me"` links, the links Mastodon
    /// verified in an account's profile fields.
    public var links: [String]
    /// The addresses that name the account (profile URLs, Mastodon's aliases): what a `rel="me"` link from
    /// the entry's website may point to.
    public var names: [String]

    /// A result with no identity evidence.
    public init(
        _ outcome: CheckOutcome, _ evidence: String, movedTo: String? = nil, links: [String] = [], names: [String] = []
    ) {
        self.outcome = outcome
        self.evidence = evidence
        self.movedTo = movedTo
        self.links = links
        self.names = names
    }
}
