/// A métier (profession group), from `content/metiers/<key>.md`.
public struct Metier: Sendable, Hashable {
    /// File name without `.md`: `production`. Also the URL segment.
    public var key: String
    /// Heading: "Productrices et producteurs".
    public var title: String
    /// Activity label: "Production".
    public var label: String
    /// Editorial position in lists.
    public var order: Int
    /// The description, rendered.
    public var description: RenderedText
    /// The Wikidata occupations (P106 values) of the people who practise it: `new profil --wikidata`
    /// proposes the métier for an item with one of them.
    public var wikidataOccupations: [WikidataItem]
    /// The file it comes from.
    public var sourcePath: String

    /// Creates a value from its fields.
    public init(
        key: String, title: String, label: String, order: Int, description: RenderedText,
        wikidataOccupations: [WikidataItem] = [], sourcePath: String
    ) {
        self.key = key
        self.title = title
        self.label = label
        self.order = order
        self.description = description
        self.wikidataOccupations = wikidataOccupations
        self.sourcePath = sourcePath
    }
}

/// What kind of organisation a société is; decides how `/societes/` is grouped.
public enum SocieteKind: String, CaseIterable, Sendable, Hashable {
    case production, distribution, ventesInternationales = "ventes-internationales", exploitation, studio
    case festival, institution, media, agence

    /// Group heading on `/societes/`.
    public var label: String {
        switch self {
        case .production: "Production"
        case .distribution: "Distribution"
        case .ventesInternationales: "Ventes internationales"
        case .exploitation: "Exploitation"
        case .studio: "Studios"
        case .festival: "Festivals et marchés"
        case .institution: "Institutions"
        case .media: "Médias"
        case .agence: "Agences"
        }
    }
}

/// A société (company, festival, institution), from `content/societes/<key>.md`.
public struct Societe: Sendable, Hashable {
    /// File name without `.md`.
    public var key: String
    /// Former keys, whose pages now redirect to this one.
    public var aliases: [String]
    /// Display name.
    public var name: String
    /// Sort key from `sort_name`, or from the name.
    public var sortKey: CollationKey
    /// Kind of organisation.
    public var kind: SocieteKind
    /// Official website.
    public var website: String?
    /// Official accounts.
    public var accounts: [Account]
    /// The société's Wikidata item.
    public var wikidata: WikidataItem?
    /// Where the information comes from: texts or URLs, in the order written.
    public var sources: [String]
    /// Date the accounts were last checked.
    public var verified: LocalDate?
    /// The description, rendered.
    public var description: RenderedText
    /// The file it comes from.
    public var sourcePath: String

    /// Creates a value from its fields.
    public init(
        key: String, aliases: [String] = [], name: String, sortKey: CollationKey, kind: SocieteKind,
        website: String?, accounts: [Account],
        wikidata: WikidataItem? = nil, sources: [String], verified: LocalDate? = nil, description: RenderedText, sourcePath: String
    ) {
        self.key = key
        self.aliases = aliases
        self.name = name
        self.sortKey = sortKey
        self.kind = kind
        self.website = website
        self.accounts = accounts
        self.wikidata = wikidata
        self.sources = sources
        self.verified = verified
        self.description = description
        self.sourcePath = sourcePath
    }
}

/// A person, or an organisation's official account.
public enum ProfileKind: String, Sendable, Hashable {
    case person, organization
}

/// A free page from `content/pages/<slug>.md`, served at `/<slug>/`.
public struct FreePage: Sendable, Hashable {
    /// File name without `.md`.
    public var slug: String
    /// Title.
    public var title: String
    /// Meta description; defaults to the start of the body.
    public var description: String?
    /// The body, rendered.
    public var body: RenderedText
    /// The file it comes from.
    public var sourcePath: String

    /// Creates a value from its fields.
    public init(
        slug: String, title: String, description: String?, body: RenderedText, sourcePath: String
    ) {
        self.slug = slug
        self.title = title
        self.description = description
        self.body = body
        self.sourcePath = sourcePath
    }
}

/// A Markdown body after rendering: HTML plus a plain-text summary for descriptions.
public struct RenderedText: Sendable, Hashable {
    /// Safe HTML fragment.
    public var html: String
    /// Plain text of the first paragraphs, for meta descriptions and excerpts.
    public var summary: String

    /// Creates rendered text.
    public init(html: String, summary: String) {
        self.html = html
        self.summary = summary
    }

    /// No content.
    public static let empty = RenderedText(html: "", summary: "")
}

/// The home page's introduction, from `content/index.md`.
public struct HomeIntro: Sendable, Hashable {
    /// The introduction, rendered.
    public var body: RenderedText
    /// Meta description of the home page; the site's description when nil.
    public var description: String?

    /// Creates an introduction.
    public init(body: RenderedText = .empty, description: String? = nil) {
        self.body = body
        self.description = description
    }
}

/// Everything in `content/`, validated: every reference resolves, every key is unique.
public struct SiteContent: Sendable, Hashable {
    /// `site.yml`.
    public var config: SiteConfig
    /// The home page introduction (`content/index.md`).
    public var intro: HomeIntro
    /// Métiers, in file-name order.
    public var metiers: [Metier]
    /// Sociétés, in file-name order.
    public var societes: [Societe]
    /// Profiles, drafts included, in file-name order.
    public var profiles: [Profile]
    /// Free pages, in file-name order.
    public var pages: [FreePage]

    /// Creates validated content.
    public init(
        config: SiteConfig, intro: HomeIntro, metiers: [Metier], societes: [Societe], profiles: [Profile],
        pages: [FreePage]
    ) {
        self.config = config
        self.intro = intro
        self.metiers = metiers
        self.societes = societes
        self.profiles = profiles
        self.pages = pages
    }
}
