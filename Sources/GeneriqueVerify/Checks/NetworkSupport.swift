import GeneriqueCore

/// How each network can be checked without logging in, and why some cannot: the one place that knows.
enum NetworkSupport {
    /// WebFinger on the account's domain, then the instance's public account lookup.
    case mastodon
    /// Handle resolution, then the public AppView's profile.
    case bluesky
    /// The public profile page: a 404 means the account is gone.
    case profilePage
    /// The network answers anonymous checks in a way that says nothing: never asked.
    case notCheckable(reason: String)

    init(_ network: Network) {
        switch network {
        case .mastodon: self = .mastodon
        case .bluesky: self = .bluesky
        case .youtube, .letterboxd: self = .profilePage
        case .x: self = .notCheckable(reason: "X answers automated clients 400 or 403 whether the account exists or not")
        case .instagram:
            self = .notCheckable(reason: "Instagram answers 200 whether the account exists or not, and blocks servers")
        case .threads: self = .notCheckable(reason: "Threads answers with a login page whether the account exists or not")
        case .tiktok: self = .notCheckable(reason: "TikTok profile pages answer 200 even for accounts that do not exist")
        case .linkedin: self = .notCheckable(reason: "LinkedIn answers automated clients with status 999")
        }
    }
}
