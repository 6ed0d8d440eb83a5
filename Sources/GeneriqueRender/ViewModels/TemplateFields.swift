import Mustache

// swift-mustache reads values through `MustacheParent` when a type conforms, and through `Mirror` otherwise;
// reflection costs more than rendering itself (profiled: most of a build's time). Each view model lists its
// fields once, by key path; `ViewModelFieldsTests` checks every stored property is listed.

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
        "title": { $0.title },
        "description": { $0.description },
        "language": { $0.language },
        "homeURL": { $0.homeURL },
        "stylesheetURL": { $0.stylesheetURL },
        "fediverseCreator": { $0.fediverseCreator },
        "feedURL": { $0.feedURL },
        "openDataURL": { $0.openDataURL },
        "navigation": { $0.navigation },
        "footerLinks": { $0.footerLinks },
        "accounts": { $0.accounts },
        "headerHTML": { $0.headerHTML },
        "footerHTML": { $0.footerHTML },
    ]
}

extension NavigationLink: TemplateFields {
    public static let fields: [String: @Sendable (NavigationLink) -> Any?] = [
        "label": { $0.label },
        "url": { $0.url },
        "isCurrent": { $0.isCurrent },
    ]
}

extension PageMeta: TemplateFields {
    public static let fields: [String: @Sendable (PageMeta) -> Any?] = [
        "title": { $0.title },
        "heading": { $0.heading },
        "description": { $0.description },
        "canonicalURL": { $0.canonicalURL },
        "url": { $0.url },
        "jsonLD": { $0.jsonLD },
    ]
}

extension LabelledLink: TemplateFields {
    public static let fields: [String: @Sendable (LabelledLink) -> Any?] = [
        "label": { $0.label },
        "url": { $0.url },
    ]
}

extension AccountLink: TemplateFields {
    public static let fields: [String: @Sendable (AccountLink) -> Any?] = [
        "network": { $0.network },
        "networkKey": { $0.networkKey },
        "handle": { $0.handle },
        "url": { $0.url },
        "accessibleName": { $0.accessibleName },
    ]
}

extension DateView: TemplateFields {
    public static let fields: [String: @Sendable (DateView) -> Any?] = [
        "iso": { $0.iso },
        "text": { $0.text },
    ]
}

extension ExternalLink: TemplateFields {
    public static let fields: [String: @Sendable (ExternalLink) -> Any?] = [
        "url": { $0.url },
        "label": { $0.label },
    ]
}

extension MetierSummary: TemplateFields {
    public static let fields: [String: @Sendable (MetierSummary) -> Any?] = [
        "title": { $0.title },
        "label": { $0.label },
        "url": { $0.url },
        "count": { $0.count },
        "countLabel": { $0.countLabel },
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
        "label": { $0.label },
        "descriptionHTML": { $0.descriptionHTML },
        "countLabel": { $0.countLabel },
        "members": { $0.members },
        "follow": { $0.follow },
    ]
}

extension SocieteSummary: TemplateFields {
    public static let fields: [String: @Sendable (SocieteSummary) -> Any?] = [
        "name": { $0.name },
        "url": { $0.url },
        "countLabel": { $0.countLabel },
    ]
}

extension SocieteKindGroup: TemplateFields {
    public static let fields: [String: @Sendable (SocieteKindGroup) -> Any?] = [
        "label": { $0.label },
        "anchor": { $0.anchor },
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
        "kindLabel": { $0.kindLabel },
        "website": { $0.website },
        "accounts": { $0.accounts },
        "descriptionHTML": { $0.descriptionHTML },
        "countLabel": { $0.countLabel },
        "members": { $0.members },
        "source": { $0.source },
        "sourceLink": { $0.sourceLink },
        "follow": { $0.follow },
    ]
}

extension HomePageView: TemplateFields {
    public static let fields: [String: @Sendable (HomePageView) -> Any?] = [
        "site": { $0.site },
        "page": { $0.page },
        "introHTML": { $0.introHTML },
        "metiers": { $0.metiers },
        "recent": { $0.recent },
        "statsLabel": { $0.statsLabel },
        "profilesURL": { $0.profilesURL },
        "societesURL": { $0.societesURL },
        "follow": { $0.follow },
    ]
}

extension FreePageView: TemplateFields {
    public static let fields: [String: @Sendable (FreePageView) -> Any?] = [
        "site": { $0.site },
        "page": { $0.page },
        "bodyHTML": { $0.bodyHTML },
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
        "name": { $0.name },
        "url": { $0.url },
        "summary": { $0.summary },
        "companies": { $0.companies },
        "isOrganization": { $0.isOrganization },
        "html": { $0.html },
    ]
}

extension ProfilePageView: TemplateFields {
    public static let fields: [String: @Sendable (ProfilePageView) -> Any?] = [
        "site": { $0.site },
        "page": { $0.page },
        "name": { $0.name },
        "role": { $0.role },
        "kindLabel": { $0.kindLabel },
        "metiers": { $0.metiers },
        "metiersHeading": { $0.metiersHeading },
        "societes": { $0.societes },
        "societesHeading": { $0.societesHeading },
        "accounts": { $0.accounts },
        "website": { $0.website },
        "feed": { $0.feed },
        "bioHTML": { $0.bioHTML },
        "added": { $0.added },
        "verified": { $0.verified },
        "source": { $0.source },
        "sourceLink": { $0.sourceLink },
    ]
}

extension LetterGroup: TemplateFields {
    public static let fields: [String: @Sendable (LetterGroup) -> Any?] = [
        "letter": { $0.letter },
        "anchor": { $0.anchor },
        "profiles": { $0.profiles },
    ]
}

extension LetterLink: TemplateFields {
    public static let fields: [String: @Sendable (LetterLink) -> Any?] = [
        "letter": { $0.letter },
        "href": { $0.href },
    ]
}

extension ProfileIndexPageView: TemplateFields {
    public static let fields: [String: @Sendable (ProfileIndexPageView) -> Any?] = [
        "site": { $0.site },
        "page": { $0.page },
        "countLabel": { $0.countLabel },
        "letters": { $0.letters },
        "groups": { $0.groups },
    ]
}

extension DownloadLink: TemplateFields {
    public static let fields: [String: @Sendable (DownloadLink) -> Any?] = [
        "url": { $0.url },
        "label": { $0.label },
        "format": { $0.format },
        "size": { $0.size },
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
        "indexURL": { $0.indexURL },
        "scriptURL": { $0.scriptURL },
        "letters": { $0.letters },
        "metiers": { $0.metiers },
        "societesURL": { $0.societesURL },
    ]
}
