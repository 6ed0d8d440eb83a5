import GeneriqueCore

/// The files that let a reader follow a whole group at once — a Mastodon follow import, a Mastodon list
/// import, an OPML list of feeds — and the links its page shows to them. A file is made only when it has
/// content: a group without Mastodon accounts offers no empty CSV.
struct GroupFollowFiles: Sendable {
    let files: [OutputFile]
    let downloads: FollowDownloads

    /// One group's files, in `folder` (an output path such as `metiers/production/`), named after `stem`. The
    /// Mastodon list is called "<site title> — <group name>"; a société's own accounts come before its members'.
    init(
        folder: String, stem: String, groupName: String, siteTitle: String, members: [Profile],
        ownFeeds: [FeedOutline] = [], ownAddresses: [String] = [], created: LocalDate?, urls: SiteURLs
    ) {
        let addresses = MastodonExport.distinct(ownAddresses + MastodonExport.addresses(of: members))
        let feeds = ownFeeds + members.flatMap(FeedOutlines.feeds(of:))
        self.init(
            folder: folder, followName: "following_accounts_\(stem).csv", listName: "liste-mastodon-\(stem).csv",
            feedsName: "flux-\(stem).opml", lists: [("\(siteTitle) — \(groupName)", addresses)], addresses: addresses,
            listLabel: groupName, feeds: feeds, title: "\(siteTitle) — \(groupName)", created: created, urls: urls)
    }

    /// The whole guide's files in `donnees/`: one follow import, one Mastodon list per métier, every feed.
    init(guideTitle: String, lists: [(name: String, addresses: [String])], feeds: [FeedOutline], created: LocalDate?, urls: SiteURLs) {
        let addresses = MastodonExport.distinct(lists.flatMap(\.addresses))
        self.init(
            folder: "donnees/", followName: "following_accounts_guide.csv", listName: "listes-mastodon.csv",
            feedsName: "flux.opml", lists: lists, addresses: addresses, listLabel: nil, feeds: feeds, title: guideTitle,
            created: created, urls: urls)
    }

    private init(
        folder: String, followName: String, listName: String, feedsName: String,
        lists: [(name: String, addresses: [String])], addresses: [String], listLabel: String?, feeds: [FeedOutline],
        title: String, created: LocalDate?, urls: SiteURLs
    ) {
        var files: [OutputFile] = []
        func link(_ name: String, _ text: String, label: String, format: String) -> DownloadLink {
            let file = OutputFile(path: folder + name, text: text)
            files.append(file)
            return DownloadLink(
                url: urls.basePath + folder + name, label: label, format: format, size: FrenchFormat.fileSize(file.bytes.count))
        }
        let count = addresses.count
        let follow = count == 0
            ? nil
            : link(
                followName, MastodonExport.followingCSV(addresses: addresses),
                label: count == 1 ? "Suivre le compte Mastodon" : "Suivre les \(FrenchFormat.number(count)) comptes Mastodon",
                format: "CSV")
        let nonEmptyLists = lists.filter { !$0.addresses.isEmpty }
        let list = nonEmptyLists.isEmpty
            ? nil
            : link(
                listName, MastodonExport.listCSV(lists: nonEmptyLists),
                label: listLabel.map { "Créer la liste Mastodon «\u{A0}\($0)\u{A0}»" }
                    ?? "Créer \(FrenchFormat.count(nonEmptyLists.count, "liste", "listes")) Mastodon, une par métier",
                format: "CSV")
        let feedFile = feeds.isEmpty
            ? nil
            : link(
                feedsName, OPMLDocument.document(title: title, created: created, outlines: feeds),
                label: feeds.count == 1 ? "S’abonner au flux" : "S’abonner aux \(FrenchFormat.number(feeds.count)) flux",
                format: "OPML")
        self.files = files
        downloads = FollowDownloads(
            mastodonFollow: follow, mastodonList: list, feeds: feedFile, isEmpty: files.isEmpty)
    }
}
