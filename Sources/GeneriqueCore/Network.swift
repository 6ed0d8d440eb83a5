/// The social networks an entry may list accounts on, in the order pages show them.
public enum Network: String, CaseIterable, Sendable, Hashable, Comparable {
    case bluesky, mastodon, x, instagram, threads, letterboxd, youtube, tiktok, linkedin

    /// The network's name as readers know it: "Bluesky", "X", "LinkedIn".
    public var displayName: String {
        switch self {
        case .x: "X"
        case .bluesky: "Bluesky"
        case .mastodon: "Mastodon"
        case .instagram: "Instagram"
        case .threads: "Threads"
        case .letterboxd: "Letterboxd"
        case .youtube: "YouTube"
        case .tiktok: "TikTok"
        case .linkedin: "LinkedIn"
        }
    }

    /// The public profile URL of a normalised handle. LinkedIn distinguishes people from organisations.
    public func profileURL(handle: String, isOrganization: Bool) -> String {
        switch self {
        case .x: return "https://x.com/\(handle)"
        case .bluesky: return "https://bsky.app/profile/\(handle)"
        case .mastodon:
            let (user, domain) = Self.splitMastodon(handle)
            return "https://\(domain)/@\(user)"
        case .instagram: return "https://www.instagram.com/\(handle)/"
        case .threads: return "https://www.threads.com/@\(handle)"
        case .letterboxd: return "https://letterboxd.com/\(handle)/"
        case .youtube:
            return HandleRules.isYouTubeChannelID(handle)
                ? "https://www.youtube.com/channel/\(handle)" : "https://www.youtube.com/@\(handle)"
        case .tiktok: return "https://www.tiktok.com/@\(handle)"
        case .linkedin:
            return isOrganization
                ? "https://www.linkedin.com/company/\(handle)/" : "https://www.linkedin.com/in/\(handle)/"
        }
    }

    /// How the handle reads on a page: `@user@domain` for Mastodon, `@name` where networks use it.
    public func displayHandle(_ handle: String) -> String {
        switch self {
        case .mastodon, .x, .instagram, .threads, .tiktok: "@\(handle)"
        case .youtube: HandleRules.isYouTubeChannelID(handle) ? handle : "@\(handle)"
        case .bluesky, .letterboxd, .linkedin: handle
        }
    }

    public static func < (lhs: Network, rhs: Network) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// `user@domain` → (`user`, `domain`). Only called on handles that passed validation.
    static func splitMastodon(_ handle: String) -> (user: Substring, domain: Substring) {
        let parts = handle.split(separator: "@", maxSplits: 1)
        return (parts[0], parts.count > 1 ? parts[1] : "")
    }
}

/// One account of a person or company on a network, with its handle normalised.
public struct Account: Sendable, Hashable {
    /// The network.
    public let network: Network
    /// The normalised handle: `user@domain` for Mastodon, lowercase host for Bluesky, bare name elsewhere.
    public let handle: String
    /// Whether `generique verify` confirmed that the account belongs to the entry (its network is in the
    /// entry's `confirmed` list). Pages and open data say so; what identifies the account does not change.
    public let isConfirmed: Bool

    /// Creates an account from an already normalised handle.
    public init(network: Network, handle: String, isConfirmed: Bool = false) {
        self.network = network
        self.handle = handle
        self.isConfirmed = isConfirmed
    }
}

extension Account {
    /// What every spelling of one account shares, for telling whether two entries list the same account.
    public struct Identity: Sendable, Hashable {
        /// The network.
        public let network: Network
        /// The handle in one case: lowercase, but for YouTube channel ids.
        public let handle: String
    }

    /// The account whatever the case it was written in: handles are case-insensitive on every network
    /// (`Elodie@piaille.fr` is `elodie@piaille.fr`) except YouTube channel ids (`UC…`), which are not.
    public var identity: Identity {
        Identity(
            network: network,
            handle: network == .youtube && HandleRules.isYouTubeChannelID(handle) ? handle : handle.lowercased())
    }
}
