import GeneriqueCore

/// A link from a body to a group's follow file (`/metiers/production/following_accounts_production.csv`),
/// kept to check once every file is parsed: a build writes the file only when the group has a Mastodon
/// account or a feed (`FollowFile.isWritten`), which the group's members tell.
struct FollowFileLink: Sendable {
    let group: FollowGroup
    let file: FollowFile
    let location: SourceLocation

    /// A `broken-link` error for each link to a file this build does not write, given the profiles it
    /// publishes and every société.
    static func problems(_ links: [FollowFileLink], published: [Profile], societes: [Societe]) -> [Diagnostic] {
        guard !links.isEmpty else { return [] }
        let societeAccounts = Dictionary(societes.map { ($0.key, $0.accounts) }, uniquingKeysWith: { first, _ in first })
        return links.compactMap { link in
            let members: [Profile]
            var accounts: [Account] = []
            switch link.group {
            case .metier(let key): members = published.filter { $0.professions.contains(key) }
            case .societe(let key):
                members = published.filter { $0.companies.contains(key) }
                accounts = societeAccounts[key] ?? []
            case .guide: members = published
            }
            accounts += members.flatMap(\.accounts)
            let hasMastodonAccount = accounts.contains { $0.mastodonAddress != nil }
            let hasFeed = accounts.contains { $0.feedURL != nil } || members.contains { $0.feed != nil }
            guard !link.file.isWritten(hasMastodonAccount: hasMastodonAccount, hasFeed: hasFeed) else { return nil }
            return .error(
                at: link.location, "link to '/\(link.group.path(of: link.file))', a file this build does not write",
                code: "broken-link", hint: hint(for: link))
        }
    }

    private static func hint(for link: FollowFileLink) -> String {
        let who = switch link.group {
        case .metier(let key): "no published member of métier '\(key)' has"
        case .societe(let key): "neither société '\(key)' nor any published member has"
        case .guide: "no published profile has"
        }
        switch link.file {
        case .mastodonFollow, .mastodonList: return "\(who) a Mastodon account"
        case .feeds: return "\(who) a feed (Mastodon, Bluesky, Letterboxd, a YouTube channel id, or 'feed')"
        }
    }
}

extension FollowFileLink: BinaryCodable {
    func encode(to writer: inout BinaryWriter) {
        switch group {
        case .metier(let key):
            writer.writeVarint(0)
            writer.write(key)
        case .societe(let key):
            writer.writeVarint(1)
            writer.write(key)
        case .guide: writer.writeVarint(2)
        }
        writer.writeVarint(UInt64(FollowFile.allCases.firstIndex(of: file)!))
        writer.write(location)
    }

    init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        switch try reader.readVarint() {
        case 0: group = .metier(try reader.read())
        case 1: group = .societe(try reader.read())
        case 2: group = .guide
        default: throw BinaryFormatError()
        }
        let index = try reader.readVarint()
        guard index < FollowFile.allCases.count else { throw BinaryFormatError() }
        file = FollowFile.allCases[Int(index)]
        location = try reader.read()
    }
}
