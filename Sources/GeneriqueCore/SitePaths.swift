/// The paths of what a build writes, relative to the site's base path (`profils/x/`, `atom.xml`): the one
/// place that names them, for the pages that link to them, the exports written there, the Markdown links
/// that may lead to them and the free pages that may not take their names.
public enum SitePaths {
    /// The A–Z (`profils/`) and every profile's page (`profils/<slug>/`).
    public static let profiles = "profils"
    /// The métiers (`metiers/`) and every métier's page.
    public static let metiers = "metiers"
    /// The sociétés (`societes/`) and every société's page.
    public static let societes = "societes"
    /// The sections with an index page and a page per file of the content folder of the same name.
    public static let sections = [profiles, metiers, societes]
    /// The theme's files, copied from `templates/assets/`.
    public static let assets = "assets"
    /// The search page (`recherche/`).
    public static let search = "recherche"
    /// What the search page's script looks through.
    public static let searchIndex = "recherche/index.json"
    /// The folder of the search index's shards, which `searchIndex` lists.
    public static let searchShards = "recherche/mots"
    /// The folder of the open data and of the whole guide's follow files.
    public static let openDataFolder = "donnees"
    /// The whole guide as open data.
    public static let openData = "donnees/guide.json"
    /// The page static hosts serve for missing pages.
    public static let notFound = "404.html"
    /// The Atom feed of new profiles.
    public static let atom = "atom.xml"
    /// Every page, for crawlers.
    public static let sitemap = "sitemap.xml"
    /// Points crawlers at the sitemap.
    public static let robots = "robots.txt"

    /// The single files every build writes, whatever the content: the 404 page and the exports but the
    /// follow files (which depend on each group's accounts).
    public static let fixedFiles = [notFound, atom, sitemap, robots, openData, searchIndex]

    /// The top-level folders the generator writes: a free page, served at `/<slug>/`, may not take one of
    /// their names (the top-level files, `atom.xml` and the like, have a dot no slug has).
    public static let reservedNames: Set<String> = Set(sections + [assets, search, openDataFolder])
}

/// A group whose accounts readers can follow all at once: a métier, a société, or the whole guide.
public enum FollowGroup: Sendable, Hashable {
    case metier(String)
    case societe(String)
    case guide

    /// The folder of its files: its page's (`metiers/production/`), `donnees/` for the guide.
    public var folder: String {
        switch self {
        case .metier(let key): "\(SitePaths.metiers)/\(key)/"
        case .societe(let key): "\(SitePaths.societes)/\(key)/"
        case .guide: "\(SitePaths.openDataFolder)/"
        }
    }

    /// The name of one of its files. The follow import's starts with `following_accounts`, as Mastodon
    /// needs to recognise the file.
    public func name(of file: FollowFile) -> String {
        switch (self, file) {
        case (.metier(let key), .mastodonFollow), (.societe(let key), .mastodonFollow): "following_accounts_\(key).csv"
        case (.metier(let key), .mastodonList), (.societe(let key), .mastodonList): "liste-mastodon-\(key).csv"
        case (.metier(let key), .feeds), (.societe(let key), .feeds): "flux-\(key).opml"
        case (.guide, .mastodonFollow): "following_accounts_guide.csv"
        case (.guide, .mastodonList): "listes-mastodon.csv"
        case (.guide, .feeds): "flux.opml"
        }
    }

    /// The path of one of its files: `metiers/production/following_accounts_production.csv`.
    public func path(of file: FollowFile) -> String {
        folder + name(of: file)
    }
}

/// One of a group's follow files. A build writes a file only when it has rows: the two Mastodon files when
/// the group has a Mastodon account (`Account.mastodonAddress`), the feed list when it has a feed
/// (`Account.feedURL`, or a profile's own `feed`). A société's files hold its own accounts and its members'.
public enum FollowFile: Sendable, Hashable, CaseIterable {
    /// Mastodon's "Following list" import.
    case mastodonFollow
    /// Mastodon's "Lists" import.
    case mastodonList
    /// An OPML list of feeds.
    case feeds

    /// Whether a group gets this file, from what it has to offer.
    public func isWritten(hasMastodonAccount: Bool, hasFeed: Bool) -> Bool {
        switch self {
        case .mastodonFollow, .mastodonList: hasMastodonAccount
        case .feeds: hasFeed
        }
    }
}
