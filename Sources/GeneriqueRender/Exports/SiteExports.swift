import GeneriqueCore
import GeneriqueIndex

/// Every file of the site that is not a page — follow files for each métier, each société and the whole
/// guide, the Atom feed of new profiles, the sitemap, robots.txt, the open data — and what pages say about
/// them (download links with their sizes). Made from the index alone, so a build and `serve` agree.
struct SiteExports: Sendable {
    let files: [OutputFile]
    let metierDownloads: [String: FollowDownloads]
    let societeDownloads: [String: FollowDownloads]
    let guideDownloads: FollowDownloads

    /// How many new profiles the Atom feed carries.
    static let feedLength = 50

    /// The feed's date when no profile has one: fixed, so output does not depend on the day of the build.
    static let epoch = LocalDate(iso: "2000-01-01")!

    init(index: SiteIndex, urls: SiteURLs) {
        let title = index.config.title
        let newest = Self.newestDate(index)
        var files: [OutputFile] = []
        var metierDownloads: [String: FollowDownloads] = [:]
        for group in index.metiers {
            let key = group.metier.key
            let follow = GroupFollowFiles(
                folder: "metiers/\(key)/", stem: key, groupName: group.metier.label, siteTitle: title,
                members: group.members, created: newest, urls: urls)
            files += follow.files
            metierDownloads[key] = follow.downloads
        }
        var societeDownloads: [String: FollowDownloads] = [:]
        for group in index.societes {
            let societe = group.societe
            let follow = GroupFollowFiles(
                folder: "societes/\(societe.key)/", stem: societe.key, groupName: societe.name, siteTitle: title,
                members: group.members, ownFeeds: FeedOutlines.feeds(of: societe),
                ownAddresses: societe.accounts.compactMap(MastodonExport.address), created: newest, urls: urls)
            files += follow.files
            societeDownloads[societe.key] = follow.downloads
        }
        let guide = GroupFollowFiles(
            guideTitle: title,
            lists: index.metiers.map { group in
                ("\(title) — \(group.metier.label)", group.members.flatMap { $0.accounts.compactMap(MastodonExport.address) })
            },
            feeds: index.profiles.flatMap(FeedOutlines.feeds(of:)), created: newest, urls: urls)
        files += guide.files
        files.append(OutputFile(path: "atom.xml", text: Self.atom(index, urls: urls, newest: newest)))
        files.append(OutputFile(path: "sitemap.xml", text: Self.sitemap(index, urls: urls, newest: newest)))
        files.append(OutputFile(path: "robots.txt", text: Sitemap.robots(sitemapURL: urls.absolute(urls.sitemap))))
        files.append(OutputFile(path: "donnees/guide.json", text: OpenData.document(index, urls: urls)))
        files.append(OutputFile(path: "recherche/index.json", text: SearchIndex.document(index, urls: urls)))
        self.files = files
        self.metierDownloads = metierDownloads
        self.societeDownloads = societeDownloads
        guideDownloads = guide.downloads
    }

    /// The most recent `added` or `verified` date of the guide: when it last changed, as far as its content
    /// says (never the build's clock, so that output stays the same for the same input).
    static func newestDate(_ index: SiteIndex) -> LocalDate? {
        index.profiles.flatMap { [$0.added, $0.verified].compactMap { $0 } }.max()
    }

    /// Profiles by date added, newest first, at most `feedLength`.
    private static func atom(_ index: SiteIndex, urls: SiteURLs, newest: LocalDate?) -> String {
        let dated = index.profiles.enumerated().compactMap { position, profile in profile.added.map { (position, profile, $0) } }
            .sorted { $0.2 != $1.2 ? $0.2 > $1.2 : $0.0 < $1.0 }
            .prefix(feedLength)
        let entries = dated.map { _, profile, added in
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
    private static func sitemap(_ index: SiteIndex, urls: SiteURLs, newest: LocalDate?) -> String {
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
