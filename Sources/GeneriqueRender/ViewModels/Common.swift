import GeneriqueCore

// View models: every value a template shows is computed here, in Swift; templates hold no logic beyond
// sections over these values. What templates can name is each view's field list (`ViewFields.swift`).

/// What every page shares: the guide's identity, navigation and footer.
public struct SiteView: Sendable, Equatable {
    /// The guide's title, French spacing applied.
    public let title: String
    /// One sentence about the guide.
    public let description: String
    /// `lang` attribute of every page.
    public let language: String
    /// URL of the home page (the base path, e.g. `/` or `/guide/`).
    public let homeURL: String
    /// URL of the stylesheet, with the base path.
    public let stylesheetURL: String
    /// Main navigation, the current section marked.
    public let navigation: [NavigationLink]
    /// Free pages linked from the footer (À propos, Confidentialité…).
    public let footerLinks: [NavigationLink]
    /// The guide's own accounts (`rel="me"` links).
    public let accounts: [AccountLink]
    /// The guide's Mastodon account as `@user@domain`, for `<meta name="fediverse:creator">`; nil without one.
    public let fediverseCreator: String?
    /// URL of the Atom feed of new profiles.
    public let feedURL: String
    /// URL of the open data file (`donnees/guide.json`).
    public let openDataURL: String
}

/// A link in a menu.
public struct NavigationLink: Sendable, Equatable {
    /// Visible text.
    public let label: String
    /// Target URL with the base path.
    public let url: String
    /// Whether the link leads to the page (or section) being shown: `aria-current`.
    public let isCurrent: Bool
}

/// What identifies one page: its `<title>`, description and canonical URL.
public struct PageMeta: Sendable {
    /// Text of `<title>`: "Marc Missonnier — Qui suivre ?…" (unique per page).
    public let title: String
    /// The page's main heading (`<h1>`).
    public let heading: String
    /// Meta description: one or two sentences.
    public let description: String
    /// Absolute URL of the page (baseURL + path).
    public let canonicalURL: String
    /// Path of the page from the site root, with the base path.
    public let url: String
    /// The page's structured data (schema.org JSON-LD), safe to place inside `<script>` as it is: `<`, `>`
    /// and `&` are escaped in the JSON.
    public let jsonLD: String
}

/// A labelled link: a métier or a société on a profile, for instance.
public struct LabelledLink: Sendable, Equatable {
    /// Visible text.
    public let label: String
    /// Target URL with the base path.
    public let url: String
}

/// A link to an account on a social network.
public struct AccountLink: Sendable, Equatable {
    /// Network name: "Bluesky".
    public let network: String
    /// Network key, usable as a CSS class: `bluesky`.
    public let networkKey: String
    /// Handle as readers know it: `@cinema@piaille.fr`.
    public let handle: String
    /// Profile URL.
    public let url: String
    /// Accessible name: "Marc Missonnier sur Bluesky".
    public let accessibleName: String
    /// Whether `generique verify` confirmed that the account belongs to the entry (`confirmed` in its front
    /// matter): pages say "compte confirmé".
    public let isConfirmed: Bool
}

/// A date shown to readers, with its machine-readable form for `<time datetime>`.
public struct DateView: Sendable {
    /// `2026-03-12`.
    public let iso: String
    /// "12 mars 2026".
    public let text: String
}

/// An external link (website, feed, source) with the text to show for it.
public struct ExternalLink: Sendable {
    /// The URL.
    public let url: String
    /// What to show: the URL without its scheme, e.g. `www.gaumont.fr`.
    public let label: String
}

/// What a profile or société page says about its entry ("À propos de cette fiche"): when it was added
/// (profiles only) and checked, where it comes from, its Wikidata item. Made only when at least one of them is known, so a
/// template section over it never frames nothing.
public struct EntryRecordView: Sendable {
    /// When the entry was added.
    public let added: DateView?
    /// When the accounts were last checked.
    public let verified: DateView?
    /// Where the information comes from.
    public let sources: SourcesView?
    /// The entry's Wikidata item: its page, labelled "Fiche Wikidata (Q…)".
    public let wikidata: ExternalLink?

    /// The record of an entry; nil when it has no date, no source and no Wikidata item.
    static func of(
        added: LocalDate? = nil, verified: LocalDate?, sources: [String], wikidata: WikidataItem?
    ) -> EntryRecordView? {
        guard added != nil || verified != nil || !sources.isEmpty || wikidata != nil else { return nil }
        return EntryRecordView(
            added: ViewModelBuilder.date(added), verified: ViewModelBuilder.date(verified),
            sources: SourcesView.of(sources),
            wikidata: wikidata.map { ExternalLink(url: $0.url, label: "Fiche Wikidata (\($0.id))") })
    }
}

/// Where an entry's information comes from ("Source", "Sources"); made only when there is at least one.
public struct SourcesView: Sendable {
    /// "Source" or "Sources", by count.
    public let heading: String
    /// The sources, in the order written.
    public let items: [SourceView]

    /// The view of `sources`; nil when there are none.
    static func of(_ sources: [String]) -> SourcesView? {
        guard !sources.isEmpty else { return nil }
        return SourcesView(heading: sources.count > 1 ? "Sources" : "Source", items: sources.map(SourceView.init))
    }
}

/// One source: a link when it is a URL (the parser has checked it), text otherwise.
public struct SourceView: Sendable {
    /// What to show: the text, or the URL without its scheme.
    public let label: String
    /// The URL, when the source is one.
    public let url: String?

    init(_ source: String) {
        let isURL = (source.hasPrefix("https://") || source.hasPrefix("http://")) && !source.contains(" ")
        let link = isURL ? ViewModelBuilder.external(source) : nil
        label = link?.label ?? source
        url = link?.url
    }
}
