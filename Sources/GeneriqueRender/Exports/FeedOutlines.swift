import GeneriqueCore

/// One feed a reader can subscribe to: a line of an OPML file.
struct FeedOutline: Sendable, Equatable {
    /// What the reader's feed list shows: "Marc Missonnier — Bluesky".
    let text: String
    /// The feed itself.
    let xmlURL: String
    /// The page the feed belongs to.
    let htmlURL: String
}

/// The public feeds of a profile or a société. X, Instagram, Threads, TikTok and LinkedIn publish none.
enum FeedOutlines {
    /// Mastodon, Bluesky, Letterboxd and YouTube feeds (in that order, each network's accounts as listed), then
    /// the profile's own feed.
    static func feeds(of profile: Profile) -> [FeedOutline] {
        feeds(
            name: profile.name, accounts: profile.accounts, website: profile.website, feed: profile.feed,
            isOrganization: profile.kind == .organization)
    }

    /// Mastodon, Bluesky, Letterboxd and YouTube feeds of a société's official accounts.
    static func feeds(of societe: Societe) -> [FeedOutline] {
        feeds(name: societe.name, accounts: societe.accounts, website: societe.website, feed: nil, isOrganization: true)
    }

    /// The networks with public feeds, in the order feed lists show them.
    static let networksWithFeeds: [Network] = [.mastodon, .bluesky, .letterboxd, .youtube]

    private static func feeds(
        name: String, accounts: [Account], website: String?, feed: String?, isOrganization: Bool
    ) -> [FeedOutline] {
        var outlines: [FeedOutline] = []
        for network in networksWithFeeds {
            for account in accounts where account.network == network {
                guard let xmlURL = account.feedURL else { continue }
                outlines.append(
                    FeedOutline(
                        text: "\(name) — \(network.displayName)", xmlURL: xmlURL,
                        htmlURL: network.profileURL(handle: account.handle, isOrganization: isOrganization)))
            }
        }
        if let feed {
            outlines.append(FeedOutline(text: "\(name) — site", xmlURL: feed, htmlURL: website ?? feed))
        }
        return outlines
    }
}
