import Mustache

// swift-mustache reads values through `MustacheParent` when a type conforms, and through `Mirror` otherwise;
// reflection costs more than rendering itself (profiled: most of a build's time). Each view model lists its
// fields once, by key path; `ViewModelFieldsTests` checks every stored property is listed, and that strings
// are handed over as `TemplateText` (cheaper for swift-mustache to print than `String`).

/// A view model whose fields templates can read without reflection.
public protocol TemplateFields: MustacheParent {
    /// Every stored property, by the name templates use. Closures rather than key paths: faster, and an
    /// optional field comes out as its content or nil, as Mustache expects.
    static var fields: [String: @Sendable (Self) -> Any?] { get }
}

extension TemplateFields {
    /// The names templates can use, for checks.
    public var fieldNames: Set<String> { Set(Self.fields.keys) }

    /// The field's value, or nil for a name the view model does not have.
    public func child(named name: String) -> Any? {
        Self.fields[name]?(self)
    }
}

extension SiteView: TemplateFields {
    public static let fields: [String: @Sendable (SiteView) -> Any?] = [
        "title": { TemplateText($0.title) },
        "description": { TemplateText($0.description) },
        "language": { TemplateText($0.language) },
        "homeURL": { TemplateText($0.homeURL) },
        "stylesheetURL": { TemplateText($0.stylesheetURL) },
        "fediverseCreator": { $0.fediverseCreator.map(TemplateText.init) },
        "feedURL": { TemplateText($0.feedURL) },
        "openDataURL": { TemplateText($0.openDataURL) },
        "navigation": { $0.navigation },
        "footerLinks": { $0.footerLinks },
        "accounts": { $0.accounts },
        "headerHTML": { TemplateText($0.headerHTML) },
        "footerHTML": { TemplateText($0.footerHTML) },
    ]
}

extension NavigationLink: TemplateFields {
    public static let fields: [String: @Sendable (NavigationLink) -> Any?] = [
        "label": { TemplateText($0.label) },
        "url": { TemplateText($0.url) },
        "isCurrent": { $0.isCurrent },
    ]
}

extension PageMeta: TemplateFields {
    public static let fields: [String: @Sendable (PageMeta) -> Any?] = [
        "title": { TemplateText($0.title) },
        "heading": { TemplateText($0.heading) },
        "description": { TemplateText($0.description) },
        "canonicalURL": { TemplateText($0.canonicalURL) },
        "url": { TemplateText($0.url) },
        "jsonLD": { TemplateText($0.jsonLD) },
    ]
}

extension LabelledLink: TemplateFields {
    public static let fields: [String: @Sendable (LabelledLink) -> Any?] = [
        "label": { TemplateText($0.label) },
        "url": { TemplateText($0.url) },
    ]
}

extension AccountLink: TemplateFields {
    public static let fields: [String: @Sendable (AccountLink) -> Any?] = [
        "network": { TemplateText($0.network) },
        "networkKey": { TemplateText($0.networkKey) },
        "handle": { TemplateText($0.handle) },
        "url": { TemplateText($0.url) },
        "accessibleName": { TemplateText($0.accessibleName) },
        "isConfirmed": { $0.isConfirmed },
    ]
}

extension DateView: TemplateFields {
    public static let fields: [String: @Sendable (DateView) -> Any?] = [
        "iso": { TemplateText($0.iso) },
        "text": { TemplateText($0.text) },
    ]
}

extension ExternalLink: TemplateFields {
    public static let fields: [String: @Sendable (ExternalLink) -> Any?] = [
        "url": { TemplateText($0.url) },
        "label": { TemplateText($0.label) },
    ]
}

extension MetierSummary: TemplateFields {
    public static let fields: [String: @Sendable (MetierSummary) -> Any?] = [
        "title": { TemplateText($0.title) },
        "label": { TemplateText($0.label) },
        "url": { TemplateText($0.url) },
        "count": { $0.count },
        "countLabel": { TemplateText($0.countLabel) },
    ]
}

extension MetierIndexPageView: TemplateFields {
    public static let fields: [String: @Sendable (MetierIndexPageView) -> Any?] = [
        "site": { $0.site },
        "page": { $0.page },
        "metiers": { $0.metiers },
    ]
}

extension MetierPageView: TemplateFields {
    public static let fields: [String: @Sendable (MetierPageView) -> Any?] = [
        "site": { $0.site },
        "page": { $0.page },
        "label": { TemplateText($0.label) },
        "descriptionHTML": { TemplateText($0.descriptionHTML) },
        "countLabel": { TemplateText($0.countLabel) },
        "members": { $0.members },
        "follow": { $0.follow },
    ]
}

extension SocieteSummary: TemplateFields {
    public static let fields: [String: @Sendable (SocieteSummary) -> Any?] = [
        "name": { TemplateText($0.name) },
        "url": { TemplateText($0.url) },
        "countLabel": { TemplateText($0.countLabel) },
    ]
}

extension SocieteKindGroup: TemplateFields {
    public static let fields: [String: @Sendable (SocieteKindGroup) -> Any?] = [
        "label": { TemplateText($0.label) },
        "anchor": { TemplateText($0.anchor) },
        "societes": { $0.societes },
    ]
}

extension SocieteIndexPageView: TemplateFields {
    public static let fields: [String: @Sendable (SocieteIndexPageView) -> Any?] = [
        "site": { $0.site },
        "page": { $0.page },
        "kinds": { $0.kinds },
    ]
}

extension SocietePageView: TemplateFields {
    public static let fields: [String: @Sendable (SocietePageView) -> Any?] = [
        "site": { $0.site },
        "page": { $0.page },
        "kindLabel": { TemplateText($0.kindLabel) },
        "website": { $0.website },
        "accounts": { $0.accounts },
        "descriptionHTML": { TemplateText($0.descriptionHTML) },
        "countLabel": { TemplateText($0.countLabel) },
        "members": { $0.members },
        "record": { $0.record },
        "follow": { $0.follow },
    ]
}

extension HomePageView: TemplateFields {
    public static let fields: [String: @Sendable (HomePageView) -> Any?] = [
        "site": { $0.site },
        "page": { $0.page },
        "introHTML": { TemplateText($0.introHTML) },
        "metiers": { $0.metiers },
        "recent": { $0.recent },
        "statsLabel": { TemplateText($0.statsLabel) },
        "profilesURL": { TemplateText($0.profilesURL) },
        "societesURL": { TemplateText($0.societesURL) },
        "follow": { $0.follow },
    ]
}

extension FreePageView: TemplateFields {
    public static let fields: [String: @Sendable (FreePageView) -> Any?] = [
        "site": { $0.site },
        "page": { $0.page },
        "bodyHTML": { TemplateText($0.bodyHTML) },
    ]
}

extension NotFoundPageView: TemplateFields {
    public static let fields: [String: @Sendable (NotFoundPageView) -> Any?] = [
        "site": { $0.site },
        "page": { $0.page },
        "links": { $0.links },
    ]
}

extension ProfileCard: TemplateFields {
    public static let fields: [String: @Sendable (ProfileCard) -> Any?] = [
        "name": { TemplateText($0.name) },
        "url": { TemplateText($0.url) },
        "summary": { TemplateText($0.summary) },
        "companies": { $0.companies.map(TemplateText.init) },
        "isOrganization": { $0.isOrganization },
        "html": { TemplateText($0.html) },
    ]
}

extension ProfilePageView: TemplateFields {
    public static let fields: [String: @Sendable (ProfilePageView) -> Any?] = [
        "site": { $0.site },
        "page": { $0.page },
        "name": { TemplateText($0.name) },
        "role": { $0.role.map(TemplateText.init) },
        "kindLabel": { $0.kindLabel.map(TemplateText.init) },
        "metiers": { $0.metiers },
        "metiersHeading": { TemplateText($0.metiersHeading) },
        "societes": { $0.societes },
        "societesHeading": { TemplateText($0.societesHeading) },
        "accounts": { $0.accounts },
        "website": { $0.website },
        "feed": { $0.feed },
        "bioHTML": { TemplateText($0.bioHTML) },
        "record": { $0.record },
    ]
}

extension SourcesView: TemplateFields {
    public static let fields: [String: @Sendable (SourcesView) -> Any?] = [
        "heading": { TemplateText($0.heading) },
        "items": { $0.items },
    ]
}

extension SourceView: TemplateFields {
    public static let fields: [String: @Sendable (SourceView) -> Any?] = [
        "label": { TemplateText($0.label) },
        "url": { $0.url.map(TemplateText.init) },
    ]
}

extension EntryRecordView: TemplateFields {
    public static let fields: [String: @Sendable (EntryRecordView) -> Any?] = [
        "added": { $0.added },
        "verified": { $0.verified },
        "sources": { $0.sources },
        "wikidata": { $0.wikidata },
    ]
}

extension LetterGroup: TemplateFields {
    public static let fields: [String: @Sendable (LetterGroup) -> Any?] = [
        "letter": { TemplateText($0.letter) },
        "anchor": { TemplateText($0.anchor) },
        "profiles": { $0.profiles },
    ]
}

extension LetterLink: TemplateFields {
    public static let fields: [String: @Sendable (LetterLink) -> Any?] = [
        "letter": { TemplateText($0.letter) },
        "href": { $0.href.map(TemplateText.init) },
    ]
}

extension ProfileIndexPageView: TemplateFields {
    public static let fields: [String: @Sendable (ProfileIndexPageView) -> Any?] = [
        "site": { $0.site },
        "page": { $0.page },
        "countLabel": { TemplateText($0.countLabel) },
        "letters": { $0.letters },
        "groups": { $0.groups },
    ]
}

extension DownloadLink: TemplateFields {
    public static let fields: [String: @Sendable (DownloadLink) -> Any?] = [
        "url": { TemplateText($0.url) },
        "label": { TemplateText($0.label) },
        "format": { TemplateText($0.format) },
        "size": { TemplateText($0.size) },
    ]
}

extension FollowDownloads: TemplateFields {
    public static let fields: [String: @Sendable (FollowDownloads) -> Any?] = [
        "mastodonFollow": { $0.mastodonFollow },
        "mastodonList": { $0.mastodonList },
        "feeds": { $0.feeds },
        "isEmpty": { $0.isEmpty },
    ]
}

extension SearchPageView: TemplateFields {
    public static let fields: [String: @Sendable (SearchPageView) -> Any?] = [
        "site": { $0.site },
        "page": { $0.page },
        "indexURL": { TemplateText($0.indexURL) },
        "scriptURL": { TemplateText($0.scriptURL) },
        "letters": { $0.letters },
        "metiers": { $0.metiers },
        "societesURL": { TemplateText($0.societesURL) },
    ]
}
