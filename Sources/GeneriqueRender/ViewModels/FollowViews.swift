/// A file readers can download, described the way the page states it.
public struct DownloadLink: Sendable, Equatable {
    /// URL of the file.
    public let url: String
    /// What the link says: "Suivre les 42 comptes Mastodon".
    public let label: String
    /// "CSV", "OPML".
    public let format: String
    /// "2 Ko".
    public let size: String
}

/// How to follow a whole group (a métier, a société, the guide) at once, for its page.
public struct FollowDownloads: Sendable, Equatable {
    /// Mastodon follow-import file (`following_accounts…csv`).
    public let mastodonFollow: DownloadLink?
    /// Mastodon list-import file: one timeline for the group instead of the home feed.
    public let mastodonList: DownloadLink?
    /// OPML list of the members' public feeds, for feed readers.
    public let feeds: DownloadLink?
    /// Whether the group offers no file at all (nobody with a Mastodon account or a public feed).
    public let isEmpty: Bool

    /// No file to offer.
    static let none = FollowDownloads(mastodonFollow: nil, mastodonList: nil, feeds: nil, isEmpty: true)
}
