/// `/` — the home page.
public struct HomePageView: Sendable {
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

/// `/recherche/`: a search box that a small script brings to life, and without JavaScript the ways it
/// offers instead (the A–Z and the métiers).
public struct SearchPageView: Sendable {
    /// Shared site data.
    public let site: SiteView
    /// Title, description, canonical URL.
    public let page: PageMeta
    /// URL of the JSON index the script searches.
    public let indexURL: String
    /// URL of the script.
    public let scriptURL: String
    /// The A–Z jump links (to `/profils/`), letters without profiles without a link.
    public let letters: [LetterLink]
    /// Every métier with its count.
    public let metiers: [MetierSummary]
    /// URL of the sociétés index.
    public let societesURL: String
}

/// A free page from `content/pages/`.
public struct FreePageView: Sendable {
    /// Shared site data.
    public let site: SiteView
    /// Title, description, canonical URL.
    public let page: PageMeta
    /// The body as HTML.
    public let bodyHTML: String
}

/// `/404.html`.
public struct NotFoundPageView: Sendable {
    /// Shared site data.
    public let site: SiteView
    /// Title, description, canonical URL.
    public let page: PageMeta
    /// Ways back into the guide.
    public let links: [LabelledLink]
}
