import Mustache

// swift-mustache reads values through `MustacheParent` when a type conforms, and through `Mirror` otherwise;
// reflection costs more than rendering itself (profiled: most of a build's time). Each view model lists its
// fields once, by key path; `ViewModelFieldsTests` checks every stored property is listed.

/// A view model whose fields templates can read without reflection.
public protocol TemplateFields: MustacheParent {
    /// Every stored property, by the name templates use.
    static var fields: [String: PartialKeyPath<Self> & Sendable] { get }
}

extension TemplateFields {
    /// The names templates can use, for checks.
    public var fieldNames: Set<String> { Set(Self.fields.keys) }

    /// The field's value, or nil for a name the view model does not have.
    public func child(named name: String) -> Any? {
        guard let keyPath = Self.fields[name] else { return nil }
        let value = self[keyPath: keyPath]
        // An optional field must reach Mustache as its content or as nothing, as Mirror would give it:
        // a boxed `Optional.none` would otherwise count as a value and print "nil".
        if let optional = value as? any OptionalField { return optional.content }
        return value
    }
}

/// Opens optionals boxed in `Any`.
private protocol OptionalField {
    var content: Any? { get }
}

extension Optional: OptionalField {
    fileprivate var content: Any? { self.map { $0 } }
}

extension SiteView: TemplateFields {
    public static let fields: [String: PartialKeyPath<SiteView> & Sendable] = [
        "title": \SiteView.title,
        "description": \SiteView.description,
        "language": \SiteView.language,
        "homeURL": \SiteView.homeURL,
        "stylesheetURL": \SiteView.stylesheetURL,
        "navigation": \SiteView.navigation,
        "footerLinks": \SiteView.footerLinks,
        "accounts": \SiteView.accounts,
    ]
}

extension NavigationLink: TemplateFields {
    public static let fields: [String: PartialKeyPath<NavigationLink> & Sendable] = [
        "label": \NavigationLink.label,
        "url": \NavigationLink.url,
        "isCurrent": \NavigationLink.isCurrent,
    ]
}

extension PageMeta: TemplateFields {
    public static let fields: [String: PartialKeyPath<PageMeta> & Sendable] = [
        "title": \PageMeta.title,
        "heading": \PageMeta.heading,
        "description": \PageMeta.description,
        "canonicalURL": \PageMeta.canonicalURL,
        "url": \PageMeta.url,
    ]
}

extension LabelledLink: TemplateFields {
    public static let fields: [String: PartialKeyPath<LabelledLink> & Sendable] = [
        "label": \LabelledLink.label,
        "url": \LabelledLink.url,
    ]
}

extension AccountLink: TemplateFields {
    public static let fields: [String: PartialKeyPath<AccountLink> & Sendable] = [
        "network": \AccountLink.network,
        "networkKey": \AccountLink.networkKey,
        "handle": \AccountLink.handle,
        "url": \AccountLink.url,
        "accessibleName": \AccountLink.accessibleName,
    ]
}

extension DateView: TemplateFields {
    public static let fields: [String: PartialKeyPath<DateView> & Sendable] = [
        "iso": \DateView.iso,
        "text": \DateView.text,
    ]
}

extension ExternalLink: TemplateFields {
    public static let fields: [String: PartialKeyPath<ExternalLink> & Sendable] = [
        "url": \ExternalLink.url,
        "label": \ExternalLink.label,
    ]
}

extension MetierSummary: TemplateFields {
    public static let fields: [String: PartialKeyPath<MetierSummary> & Sendable] = [
        "title": \MetierSummary.title,
        "label": \MetierSummary.label,
        "url": \MetierSummary.url,
        "count": \MetierSummary.count,
        "countLabel": \MetierSummary.countLabel,
    ]
}

extension MetierIndexPageView: TemplateFields {
    public static let fields: [String: PartialKeyPath<MetierIndexPageView> & Sendable] = [
        "site": \MetierIndexPageView.site,
        "page": \MetierIndexPageView.page,
        "metiers": \MetierIndexPageView.metiers,
    ]
}

extension MetierPageView: TemplateFields {
    public static let fields: [String: PartialKeyPath<MetierPageView> & Sendable] = [
        "site": \MetierPageView.site,
        "page": \MetierPageView.page,
        "label": \MetierPageView.label,
        "descriptionHTML": \MetierPageView.descriptionHTML,
        "countLabel": \MetierPageView.countLabel,
        "members": \MetierPageView.members,
    ]
}

extension SocieteSummary: TemplateFields {
    public static let fields: [String: PartialKeyPath<SocieteSummary> & Sendable] = [
        "name": \SocieteSummary.name,
        "url": \SocieteSummary.url,
        "countLabel": \SocieteSummary.countLabel,
    ]
}

extension SocieteKindGroup: TemplateFields {
    public static let fields: [String: PartialKeyPath<SocieteKindGroup> & Sendable] = [
        "label": \SocieteKindGroup.label,
        "anchor": \SocieteKindGroup.anchor,
        "societes": \SocieteKindGroup.societes,
    ]
}

extension SocieteIndexPageView: TemplateFields {
    public static let fields: [String: PartialKeyPath<SocieteIndexPageView> & Sendable] = [
        "site": \SocieteIndexPageView.site,
        "page": \SocieteIndexPageView.page,
        "kinds": \SocieteIndexPageView.kinds,
    ]
}

extension SocietePageView: TemplateFields {
    public static let fields: [String: PartialKeyPath<SocietePageView> & Sendable] = [
        "site": \SocietePageView.site,
        "page": \SocietePageView.page,
        "kindLabel": \SocietePageView.kindLabel,
        "website": \SocietePageView.website,
        "accounts": \SocietePageView.accounts,
        "descriptionHTML": \SocietePageView.descriptionHTML,
        "countLabel": \SocietePageView.countLabel,
        "members": \SocietePageView.members,
        "source": \SocietePageView.source,
        "sourceLink": \SocietePageView.sourceLink,
    ]
}

extension HomePageView: TemplateFields {
    public static let fields: [String: PartialKeyPath<HomePageView> & Sendable] = [
        "site": \HomePageView.site,
        "page": \HomePageView.page,
        "introHTML": \HomePageView.introHTML,
        "metiers": \HomePageView.metiers,
        "recent": \HomePageView.recent,
        "statsLabel": \HomePageView.statsLabel,
        "profilesURL": \HomePageView.profilesURL,
        "societesURL": \HomePageView.societesURL,
    ]
}

extension FreePageView: TemplateFields {
    public static let fields: [String: PartialKeyPath<FreePageView> & Sendable] = [
        "site": \FreePageView.site,
        "page": \FreePageView.page,
        "bodyHTML": \FreePageView.bodyHTML,
    ]
}

extension NotFoundPageView: TemplateFields {
    public static let fields: [String: PartialKeyPath<NotFoundPageView> & Sendable] = [
        "site": \NotFoundPageView.site,
        "page": \NotFoundPageView.page,
        "links": \NotFoundPageView.links,
    ]
}

extension ProfileCard: TemplateFields {
    public static let fields: [String: PartialKeyPath<ProfileCard> & Sendable] = [
        "name": \ProfileCard.name,
        "url": \ProfileCard.url,
        "summary": \ProfileCard.summary,
        "companies": \ProfileCard.companies,
        "isOrganization": \ProfileCard.isOrganization,
    ]
}

extension ProfilePageView: TemplateFields {
    public static let fields: [String: PartialKeyPath<ProfilePageView> & Sendable] = [
        "site": \ProfilePageView.site,
        "page": \ProfilePageView.page,
        "name": \ProfilePageView.name,
        "role": \ProfilePageView.role,
        "kindLabel": \ProfilePageView.kindLabel,
        "metiers": \ProfilePageView.metiers,
        "metiersHeading": \ProfilePageView.metiersHeading,
        "societes": \ProfilePageView.societes,
        "societesHeading": \ProfilePageView.societesHeading,
        "accounts": \ProfilePageView.accounts,
        "website": \ProfilePageView.website,
        "feed": \ProfilePageView.feed,
        "bioHTML": \ProfilePageView.bioHTML,
        "added": \ProfilePageView.added,
        "verified": \ProfilePageView.verified,
        "source": \ProfilePageView.source,
        "sourceLink": \ProfilePageView.sourceLink,
    ]
}

extension LetterGroup: TemplateFields {
    public static let fields: [String: PartialKeyPath<LetterGroup> & Sendable] = [
        "letter": \LetterGroup.letter,
        "anchor": \LetterGroup.anchor,
        "profiles": \LetterGroup.profiles,
    ]
}

extension LetterLink: TemplateFields {
    public static let fields: [String: PartialKeyPath<LetterLink> & Sendable] = [
        "letter": \LetterLink.letter,
        "href": \LetterLink.href,
    ]
}

extension ProfileIndexPageView: TemplateFields {
    public static let fields: [String: PartialKeyPath<ProfileIndexPageView> & Sendable] = [
        "site": \ProfileIndexPageView.site,
        "page": \ProfileIndexPageView.page,
        "countLabel": \ProfileIndexPageView.countLabel,
        "letters": \ProfileIndexPageView.letters,
        "groups": \ProfileIndexPageView.groups,
    ]
}
