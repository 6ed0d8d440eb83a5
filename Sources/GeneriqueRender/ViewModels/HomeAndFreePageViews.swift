/// `/` — the home page.
public struct HomePageView: Sendable, Encodable {
    /// Shared site data.
    public let site: SiteView
    /// Title, description, canonical URL.
    public let page: PageMeta
    /// The introduction from `content/index.md`, as HTML.
    public let introHTML: String
    /// Every métier with its count.
    public let metiers: [MetierSummary]
    /// The most recently added profiles, newest first.
    public let recent: [ProfileCard]
    /// "42 profils, 20 métiers, 25 sociétés".
    public let statsLabel: String
    /// URL of the A–Z.
    public let profilesURL: String
    /// URL of the sociétés index.
    public let societesURL: String
    /// Files to follow the whole guide at once.
    public let follow: FollowDownloads
}

/// A free page from `content/pages/`.
public struct FreePageView: Sendable, Encodable {
    /// Shared site data.
    public let site: SiteView
    /// Title, description, canonical URL.
    public let page: PageMeta
    /// The body as HTML.
    public let bodyHTML: String
}

/// `/404.html`.
public struct NotFoundPageView: Sendable, Encodable {
    /// Shared site data.
    public let site: SiteView
    /// Title, description, canonical URL.
    public let page: PageMeta
    /// Ways back into the guide.
    public let links: [LabelledLink]
}
