/// A métier in lists: the home page and `/metiers/`.
public struct MetierSummary: Sendable {
    /// Heading: "Productrices et producteurs".
    public let title: String
    /// Activity label: "Production".
    public let label: String
    /// URL of the métier page.
    public let url: String
    /// Number of (non-draft) members.
    public let count: Int
    /// "12 profils", "1 profil", "aucun profil".
    public let countLabel: String
}

/// `/metiers/`.
public struct MetierIndexPageView: Sendable {
    /// Shared site data.
    public let site: SiteView
    /// Title, description, canonical URL.
    public let page: PageMeta
    /// Every métier in editorial order.
    public let metiers: [MetierSummary]
}

/// `/metiers/<key>/`.
public struct MetierPageView: Sendable {
    /// Shared site data.
    public let site: SiteView
    /// Title, description, canonical URL.
    public let page: PageMeta
    /// Activity label: "Production".
    public let label: String
    /// The description as HTML.
    public let descriptionHTML: String
    /// "12 profils".
    public let countLabel: String
    /// Members sorted French-style.
    public let members: [ProfileCard]
    /// Files to follow the whole métier at once.
    public let follow: FollowDownloads
}

/// A société in lists.
public struct SocieteSummary: Sendable {
    /// Name.
    public let name: String
    /// URL of the société page.
    public let url: String
    /// "3 profils".
    public let countLabel: String
}

/// Sociétés of one kind on `/societes/`.
public struct SocieteKindGroup: Sendable {
    /// "Distribution", "Festivals et marchés"…
    public let label: String
    /// Fragment id: `type-distribution`.
    public let anchor: String
    /// Sociétés of that kind, sorted.
    public let societes: [SocieteSummary]
}

/// `/societes/`.
public struct SocieteIndexPageView: Sendable {
    /// Shared site data.
    public let site: SiteView
    /// Title, description, canonical URL.
    public let page: PageMeta
    /// Kinds in a fixed order, only those with sociétés.
    public let kinds: [SocieteKindGroup]
}

/// `/societes/<key>/`.
public struct SocietePageView: Sendable {
    /// Shared site data.
    public let site: SiteView
    /// Title, description, canonical URL.
    public let page: PageMeta
    /// Kind label: "Distribution".
    public let kindLabel: String
    /// Official website.
    public let website: ExternalLink?
    /// Official accounts.
    public let accounts: [AccountLink]
    /// The description as HTML.
    public let descriptionHTML: String
    /// "3 profils".
    public let countLabel: String
    /// People and official accounts linked to the société, sorted.
    public let members: [ProfileCard]
    /// What is known about the entry itself ("À propos de cette fiche": when its accounts were checked,
    /// where the information comes from); nil when nothing is.
    public let record: EntryRecordView?
    /// Files to follow the société and its people at once.
    public let follow: FollowDownloads
}
