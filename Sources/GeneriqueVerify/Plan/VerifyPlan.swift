import GeneriqueContent
import GeneriqueCore

/// What `verify` checks, entry by entry, from the validated content: every account of every profile and
/// société, the guide's own accounts (`site.yml`), every website and feed, each at the position of its line.
public struct VerifyPlan: Sendable {
    /// A profile, a société or `site.yml`, and its checks in the order they are written.
    public struct Entry: Sendable {
        /// The file: `content/profils/marc-missonnier.md`.
        public let path: String
        /// The name the report shows.
        public let name: String
        /// Whether `--write` may date it: profiles and sociétés (`site.yml` has no `verified`).
        public let isDated: Bool
        /// The entry's own site, for identity evidence: its `website` (for `site.yml`, the guide's `baseURL`).
        public let website: String?
        /// Whether the entry is an organisation (LinkedIn links organisations differently).
        public let isOrganization: Bool
        /// The networks its `confirmed` list names.
        public let confirmed: Set<Network>
        /// Its `verified` date.
        public let verified: LocalDate?
        /// Its checks, by position.
        public let checks: [Check]
    }

    /// One check of an entry: what, and where the entry writes it.
    public struct Check: Sendable {
        /// What is checked.
        public let target: CheckTarget
        /// The position of its value in the entry's file.
        public let location: SourceLocation
    }

    /// The entries, in path order.
    public let entries: [Entry]

    /// The plan for `content`, read from `tree` (the files it was loaded from) for positions.
    public init(content: SiteContent, tree: SourceTree) {
        var entries: [Entry] = []
        // `homepage`: the entry's own site for identity evidence, checked as a website only when it is its
        // `website` (the guide's `baseURL` is not: it may not be published yet).
        func add(
            path: String, name: String, isDated: Bool, isOrganization: Bool, website: String?, feed: String?,
            accounts: [Account], verified: LocalDate? = nil, homepage: String? = nil
        ) {
            let fields = tree.file(at: path).flatMap(FieldLocations.read)
            let start = SourceLocation(path: path)
            var checks = accounts.map { account in
                Check(target: .account(account), location: fields?.accounts[account.network] ?? start)
            }
            if let website { checks.append(Check(target: .website(website), location: fields?.values["website"] ?? start)) }
            if let feed { checks.append(Check(target: .feed(feed), location: fields?.values["feed"] ?? start)) }
            checks.sort { $0.location < $1.location }
            entries.append(
                Entry(
                    path: path, name: name, isDated: isDated, website: website ?? homepage, isOrganization: isOrganization,
                    confirmed: Set(accounts.filter(\.isConfirmed).map(\.network)), verified: verified, checks: checks))
        }
        let config = content.config
        add(
            path: "content/site.yml", name: config.title, isDated: false, isOrganization: true, website: nil, feed: nil,
            accounts: config.accounts, homepage: config.baseURL)
        for societe in content.societes {
            add(
                path: societe.sourcePath, name: societe.name, isDated: true, isOrganization: true,
                website: societe.website, feed: nil, accounts: societe.accounts, verified: societe.verified)
        }
        for profile in content.profiles {
            add(
                path: profile.sourcePath, name: profile.name, isDated: true,
                isOrganization: profile.kind == .organization, website: profile.website, feed: profile.feed,
                accounts: profile.accounts, verified: profile.verified)
        }
        self.entries = entries.sorted { $0.path < $1.path }
    }

    private init(entries: [Entry]) {
        self.entries = entries
    }

    /// The plan for the entries at `paths` only (relative to the root: `content/profils/x.md`).
    public func keeping(_ paths: Set<String>) -> VerifyPlan {
        VerifyPlan(entries: entries.filter { paths.contains($0.path) })
    }

    /// Every distinct target, in the order first planned.
    public var targets: [CheckTarget] {
        var seen: Set<CheckTarget> = []
        return entries.flatMap(\.checks).map(\.target).filter { seen.insert($0).inserted }
    }
}
