import GeneriqueCore

/// One thing `verify` checks online: an account, a website or a feed. Two entries listing the same one share
/// its check (a société and its official profile often do): targets are equal when their `key`s are.
public enum CheckTarget: Sendable, Hashable {
    case account(Account)
    case website(String)
    case feed(String)

    /// What the report names in its `network` field: the network, `website` or `feed`.
    public var kind: String {
        switch self {
        case .account(let account): account.network.rawValue
        case .website: "website"
        case .feed: "feed"
        }
    }

    /// The handle or URL checked, as the report shows it.
    public var shown: String {
        switch self {
        case .account(let account): account.handle
        case .website(let url), .feed(let url): url
        }
    }

    /// What identifies the check in one run and in the result cache: `mastodon:cinema@piaille.fr`,
    /// `website:https://example.org/`; handles in one case (`Account.identity`).
    public var key: String {
        switch self {
        case .account(let account): "\(account.network.rawValue):\(account.identity.handle)"
        case .website(let url): "website:\(url)"
        case .feed(let url): "feed:\(url)"
        }
    }

    public static func == (lhs: CheckTarget, rhs: CheckTarget) -> Bool { lhs.key == rhs.key }

    public func hash(into hasher: inout Hasher) { hasher.combine(key) }
}
