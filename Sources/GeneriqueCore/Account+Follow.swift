/// What an account gives the follow files of the groups it belongs to.
extension Account {
    /// `user@domain` for a Mastodon account, the form both of Mastodon's imports expect; nil for other
    /// networks.
    public var mastodonAddress: String? {
        // Handles are validated and stored as `user@domain` (see `HandleRules`), already the import's form.
        network == .mastodon ? handle : nil
    }

    /// The account's public feed, or nil when its network has none (X, Instagram, Threads, TikTok,
    /// LinkedIn; on YouTube, a `@name` handle: only a channel id gives a feed).
    public var feedURL: String? {
        switch network {
        case .mastodon:
            // Validated handles are `user@domain`; the feed lives on the account's own server.
            let parts = handle.split(separator: "@", maxSplits: 1)
            guard parts.count == 2 else { return nil }
            return "https://\(parts[1])/@\(parts[0]).rss"
        case .bluesky: return "https://bsky.app/profile/\(handle)/rss"
        case .letterboxd: return "https://letterboxd.com/\(handle)/rss/"
        case .youtube:
            return HandleRules.isYouTubeChannelID(handle)
                ? "https://www.youtube.com/feeds/videos.xml?channel_id=\(handle)" : nil
        case .x, .instagram, .threads, .tiktok, .linkedin: return nil
        }
    }
}
