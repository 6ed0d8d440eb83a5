import GeneriqueCore

/// The files that let a reader follow a whole group at once — a Mastodon follow import, a Mastodon list
/// import, an OPML list of feeds — and the links its page shows to them. A file is made only when it has
/// content: a group without Mastodon accounts offers no empty CSV.
struct GroupFollowFiles: Sendable {
    let files: [OutputFile]
    let downloads: FollowDownloads

    /// A métier's or société's files, in its page's folder. The Mastodon list is called "<site title> —
    /// <group name>"; a société's own accounts come before its members'.
    init(
        group: FollowGroup, groupName: String, siteTitle: String, members: [Profile], ownFeeds: [FeedOutline] = [],
        ownAddresses: [String] = [], created: LocalDate?, urls: SiteURLs
    ) {
        let addresses = MastodonExport.distinct(ownAddresses + MastodonExport.addresses(of: members))
        let feeds = ownFeeds + members.flatMap(FeedOutlines.feeds(of:))
        self.init(
            group: group, lists: [("\(siteTitle) — \(groupName)", addresses)], addresses: addresses,
            listLabel: groupName, feeds: feeds, title: "\(siteTitle) — \(groupName)", created: created, urls: urls)
    }

    /// The whole guide's files in `donnees/`: one follow import, one Mastodon list per métier, every feed.
    init(guideTitle: String, lists: [(name: String, addresses: [String])], feeds: [FeedOutline], created: LocalDate?, urls: SiteURLs) {
        let addresses = MastodonExport.distinct(lists.flatMap(\.addresses))
        self.init(
            group: .guide, lists: lists, addresses: addresses, listLabel: nil, feeds: feeds, title: guideTitle,
            created: created, urls: urls)
    }

    private init(
        group: FollowGroup, lists: [(name: String, addresses: [String])], addresses: [String], listLabel: String?,
        feeds: [FeedOutline], title: String, created: LocalDate?, urls: SiteURLs
    ) {
        var files: [OutputFile] = []
        let count = addresses.count
        // A société and its official account list the same accounts: one feed is one line.
        let feeds = feeds.uniqued(by: \.xmlURL)
        // Only a file with rows is written (`FollowFile.isWritten`, which content links are checked with too).
        func link(_ file: FollowFile, label: String, format: String, _ text: () -> String) -> DownloadLink? {
            guard file.isWritten(hasMastodonAccount: count > 0, hasFeed: !feeds.isEmpty) else { return nil }
            let output = OutputFile(path: group.path(of: file), text: text())
            files.append(output)
            return DownloadLink(
                url: urls.follow(file, of: group), label: label, format: format,
                size: FrenchFormat.fileSize(output.bytes.count))
        }
        let follow = link(
            .mastodonFollow,
            label: count == 1 ? "Suivre le compte Mastodon" : "Suivre les \(FrenchFormat.number(count)) comptes Mastodon",
            format: "CSV"
        ) { MastodonExport.followingCSV(addresses: addresses) }
        let nonEmptyLists = lists.filter { !$0.addresses.isEmpty }
        let list = link(
            .mastodonList,
            label: listLabel.map { "Créer la liste Mastodon «\u{A0}\($0)\u{A0}»" }
                ?? "Créer \(FrenchFormat.count(nonEmptyLists.count, "liste", "listes")) Mastodon, une par métier",
            format: "CSV"
        ) { MastodonExport.listCSV(lists: nonEmptyLists) }
        let feedFile = link(
            .feeds, label: feeds.count == 1 ? "S’abonner au flux" : "S’abonner aux \(FrenchFormat.number(feeds.count)) flux",
            format: "OPML"
        ) { OPMLDocument.document(title: title, created: created, outlines: feeds) }
        self.files = files
        downloads = FollowDownloads(
            mastodonFollow: follow, mastodonList: list, feeds: feedFile, isEmpty: files.isEmpty)
    }
}
