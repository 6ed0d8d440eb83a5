import GeneriqueCore
import GeneriqueIndex

/// Every file of the site that is not a page — follow files for each métier, each société and the whole
/// guide, the Atom feed of new profiles, the sitemap, robots.txt, the open data — and what pages say about
/// them (download links with their sizes). Made from the index alone, so a build and `serve` agree.
struct SiteExports: Sendable {
    /// Everything the files but the Atom feed are made from, to tell whether a rebuild can keep them.
    private struct Inputs: Sendable {
        let profiles: [Profile]
        let metiers: [Metier]
        let societes: [Societe]
        let config: SiteConfig

        init(_ index: SiteIndex) {
            profiles = index.profiles
            metiers = index.metiers.map(\.metier)
            societes = index.societes.map(\.societe)
            config = index.config
        }

        /// Equal but for bios, which only the feed shows.
        func allowsReuse(for other: Inputs) -> Bool {
            metiers == other.metiers && societes == other.societes && config == other.config
                && profiles.count == other.profiles.count
                && zip(profiles, other.profiles).allSatisfy { $0.equalsIgnoringBio($1) }
        }
    }

    private let inputs: Inputs
    let files: [OutputFile]
    let metierDownloads: [String: FollowDownloads]
    let societeDownloads: [String: FollowDownloads]
    let guideDownloads: FollowDownloads

    /// How many new profiles the Atom feed carries.
    static let feedLength = 50

    /// The feed's date when no profile has one: fixed, so output does not depend on the day of the build.
    static let epoch = LocalDate(iso: "2000-01-01")!

    /// No files and no downloads: for a builder that makes only profile pages, which show none.
    static func none(for index: SiteIndex) -> SiteExports {
        SiteExports(inputs: Inputs(index), files: [], metierDownloads: [:], societeDownloads: [:], guideDownloads: .none)
    }

    /// Makes every export, the groups' and the guide's files in parallel — or, when `previous` was made from
    /// the same content but for bios, keeps its files and makes only the feed again (`serve` after an edit).
    static func make(index: SiteIndex, urls: SiteURLs, reusing previous: SiteExports? = nil) async -> SiteExports {
        let title = index.config.title
        let newest = newestDate(index)
        if let previous, previous.inputs.allowsReuse(for: Inputs(index)) {
            let feed = OutputFile(path: SitePaths.atom, text: atom(index, urls: urls, newest: newest))
            return SiteExports(
                inputs: Inputs(index), files: previous.files.map { $0.path == feed.path ? feed : $0 },
                metierDownloads: previous.metierDownloads, societeDownloads: previous.societeDownloads,
                guideDownloads: previous.guideDownloads)
        }
        async let metierFollows = Parallel.map(index.metiers, chunkSize: 4) { group in
            GroupFollowFiles(
                group: .metier(group.metier.key), groupName: group.metier.label,
                siteTitle: title, members: group.members, created: newest, urls: urls)
        }
        async let societeFollows = Parallel.map(index.societes, chunkSize: 32) { group in
            GroupFollowFiles(
                group: .societe(group.societe.key), groupName: group.societe.name,
                siteTitle: title, members: group.members, ownFeeds: FeedOutlines.feeds(of: group.societe),
                ownAddresses: group.societe.accounts.compactMap(\.mastodonAddress), created: newest, urls: urls)
        }
        async let documents = Parallel.map(Document.allCases, chunkSize: 1) { document in
            document.files(index, urls: urls, newest: newest)
        }
        let metiers = await metierFollows
        let societes = await societeFollows
        let guide = GroupFollowFiles(
            guideTitle: title,
            lists: index.metiers.map { group in
                ("\(title) — \(group.metier.label)", MastodonExport.addresses(of: group.members))
            },
            feeds: index.profiles.flatMap(FeedOutlines.feeds(of:)), created: newest, urls: urls)
        return SiteExports(
            inputs: Inputs(index), files: metiers.flatMap(\.files) + societes.flatMap(\.files) + guide.files + (await documents).flatMap { $0 },
            metierDownloads: Dictionary(uniqueKeysWithValues: zip(index.metiers.map(\.metier.key), metiers.map(\.downloads))),
            societeDownloads: Dictionary(
                uniqueKeysWithValues: zip(index.societes.map(\.societe.key), societes.map(\.downloads))),
            guideDownloads: guide.downloads)
    }

    /// The site-wide files, made side by side.
    private enum Document: CaseIterable {
        case atom, sitemap, robots, openData, search, redirects

        func files(_ index: SiteIndex, urls: SiteURLs, newest: LocalDate?) -> [OutputFile] {
            switch self {
            case .atom: [OutputFile(path: SitePaths.atom, text: SiteExports.atom(index, urls: urls, newest: newest))]
            case .sitemap:
                [OutputFile(path: SitePaths.sitemap, text: SiteExports.sitemap(index, urls: urls, newest: newest))]
            case .robots:
                [OutputFile(path: SitePaths.robots, text: Sitemap.robots(sitemapURL: urls.absolute(urls.sitemap)))]
            case .openData: [OutputFile(path: SitePaths.openData, text: OpenData.document(index, urls: urls))]
            case .search: SearchIndex.files(index, urls: urls)
            case .redirects: RedirectPages.files(index, urls: urls)
            }
        }
    }

    /// The most recent `added` or `verified` date of the guide: when it last changed, as far as its content
    /// says (never the build's clock, so that output stays the same for the same input).
    static func newestDate(_ index: SiteIndex) -> LocalDate? {
        index.profiles.flatMap { [$0.added, $0.verified].compactMap { $0 } }.max()
    }

    /// The profiles of the Atom feed: by date added, newest first (ties in the index's order), at most
    /// `feedLength`. The only place outside its own page where a bio's summary appears.
    static func feedProfiles(_ index: SiteIndex) -> [(profile: Profile, added: LocalDate)] {
        let dated = index.profiles.enumerated().compactMap { position, profile in profile.added.map { (position, profile, $0) } }
            .sorted { $0.2 != $1.2 ? $0.2 > $1.2 : $0.0 < $1.0 }
            .prefix(feedLength)
        return dated.map { ($0.1, $0.2) }
    }

    fileprivate static func atom(_ index: SiteIndex, urls: SiteURLs, newest: LocalDate?) -> String {
        let entries = feedProfiles(index).map { profile, added in
            AtomEntry(
                id: urls.absolute(urls.profile(profile.slug)), title: profile.name,
                url: urls.absolute(urls.profile(profile.slug)), updated: added,
                summary: ViewModelBuilder.excerpt(profile.bio.summary, limit: 300))
        }
        return AtomFeed.document(
            title: index.config.title, subtitle: index.config.description, siteURL: urls.absolute(urls.home),
            feedURL: urls.absolute(urls.atom), author: index.config.title,
            updatedIfEmpty: newest ?? Self.epoch, entries: Array(entries))
    }

    /// Every page, with the date its content last changed where the content tells.
    fileprivate static func sitemap(_ index: SiteIndex, urls: SiteURLs, newest: LocalDate?) -> String {
        func lastChange(_ members: [Profile]) -> LocalDate? {
            members.compactMap { $0.verified ?? $0.added }.max()
        }
        var pages: [(location: String, lastModified: LocalDate?)] = [
            (urls.home, newest), (urls.profiles, newest), (urls.metiers, newest), (urls.societes, newest),
        ]
        pages += index.profiles.map { (urls.profile($0.slug), $0.verified ?? $0.added) }
        pages += index.metiers.map { (urls.metier($0.metier.key), lastChange($0.members)) }
        pages += index.societes.map { (urls.societe($0.societe.key), lastChange($0.members)) }
        pages += index.pages.map { (urls.page($0.slug), nil) }
        pages.append((urls.search, nil))
        return Sitemap.document(urls: pages.map { (urls.absolute($0.location), $0.lastModified) })
    }
}
