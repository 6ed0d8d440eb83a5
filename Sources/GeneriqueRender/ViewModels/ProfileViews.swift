import GeneriqueCore

/// A profile as listed on group pages, the A–Z and the home page.
public struct ProfileCard: Sendable, Equatable {
    /// Display name.
    public let name: String
    /// URL of the profile page.
    public let url: String
    /// The free role label ("Productrice"), or the métiers' activity labels joined ("Production, Distribution").
    public let summary: String
    /// Names of the profile's sociétés, joined: "Gaumont, Pathé"; nil when none (an official account's own
    /// société, named like it, is not repeated).
    public let companies: String?
    /// Whether this is an organisation's official account.
    public let isOrganization: Bool
}

/// `/profils/<slug>/`.
public struct ProfilePageView: Sendable {
    /// Shared site data.
    public let site: SiteView
    /// Title, description, canonical URL.
    public let page: PageMeta
    /// Display name.
    public let name: String
    /// Free role label, if any.
    public let role: String?
    /// "Compte officiel" for organisations, nil for people.
    public let kindLabel: String?
    /// Métiers, linked (activity labels).
    public let metiers: [LabelledLink]
    /// "Métier" or "Métiers", by count.
    public let metiersHeading: String
    /// Sociétés, linked.
    public let societes: [LabelledLink]
    /// "Société" or "Sociétés", by count.
    public let societesHeading: String
    /// Accounts in the site's network order.
    public let accounts: [AccountLink]
    /// Personal or official website.
    public let website: ExternalLink?
    /// The profile's own feed.
    public let feed: ExternalLink?
    /// The bio as HTML (already safe: rendered from Markdown).
    public let bioHTML: String
    /// What is known about the entry itself ("À propos de cette fiche"); nil when nothing is.
    public let record: EntryRecordView?
}

/// One letter of the A–Z.
public struct LetterGroup: Sendable {
    /// "A", "É" is filed under "E", "0–9", "#".
    public let letter: String
    /// Fragment id: `lettre-a`.
    public let anchor: String
    /// The profiles under this letter, sorted French-style.
    public let profiles: [ProfileCard]
}

/// A letter in the A–Z jump bar; letters without entries are shown but not linked.
public struct LetterLink: Sendable {
    /// The letter.
    public let letter: String
    /// `#lettre-a`, or nil when no profile starts with it.
    public let href: String?
}

/// `/profils/`: everyone, A–Z.
public struct ProfileIndexPageView: Sendable {
    /// Shared site data.
    public let site: SiteView
    /// Title, description, canonical URL.
    public let page: PageMeta
    /// "42 profils".
    public let countLabel: String
    /// The jump bar, A to Z.
    public let letters: [LetterLink]
    /// Non-empty letter groups in order.
    public let groups: [LetterGroup]
}
