/// A profile, from `content/profils/<slug>.md`.
///
/// A value with its fields in one shared, immutable box: a site holds tens of thousands of profiles, and each
/// is copied into several groups (métiers, sociétés, letters) and view inputs. Copying the box costs one
/// reference count instead of one per string, and two copies of the same profile compare equal at once.
public struct Profile: Sendable, Hashable {
    private struct Fields: Sendable, Hashable {
        var slug: String
        var name: String
        var sortKey: CollationKey
        var kind: ProfileKind
        var professions: [String]
        var role: String?
        var companies: [String]
        var accounts: [Account]
        var website: String?
        var feed: String?
        var wikidata: WikidataItem?
        var added: LocalDate?
        var verified: LocalDate?
        var sources: [String]
        var draft: Bool
        var bio: RenderedText
        var sourcePath: String
    }

    private final class Box: Sendable {
        let fields: Fields

        init(_ fields: Fields) {
            self.fields = fields
        }
    }

    private var box: Box

    private mutating func update(_ change: (inout Fields) -> Void) {
        var fields = box.fields
        change(&fields)
        box = Box(fields)
    }

    /// File name without `.md`.
    public var slug: String {
        get { box.fields.slug }
        set { update { $0.slug = newValue } }
    }

    /// Display name.
    public var name: String {
        get { box.fields.name }
        set { update { $0.name = newValue } }
    }

    /// Sort key from `sort_name` ("Missonnier, Marc"), or from the name.
    public var sortKey: CollationKey {
        get { box.fields.sortKey }
        set { update { $0.sortKey = newValue } }
    }

    /// Person or official account.
    public var kind: ProfileKind {
        get { box.fields.kind }
        set { update { $0.kind = newValue } }
    }

    /// Métier keys, in the order written.
    public var professions: [String] {
        get { box.fields.professions }
        set { update { $0.professions = newValue } }
    }

    /// Free role label ("Productrice").
    public var role: String? {
        get { box.fields.role }
        set { update { $0.role = newValue } }
    }

    /// Société keys, in the order written.
    public var companies: [String] {
        get { box.fields.companies }
        set { update { $0.companies = newValue } }
    }

    /// Accounts, normalised, in network order.
    public var accounts: [Account] {
        get { box.fields.accounts }
        set { update { $0.accounts = newValue } }
    }

    /// The entry's Wikidata item.
    public var wikidata: WikidataItem? {
        get { box.fields.wikidata }
        set { update { $0.wikidata = newValue } }
    }

    /// Personal or official website.
    public var website: String? {
        get { box.fields.website }
        set { update { $0.website = newValue } }
    }

    /// The profile's own feed.
    public var feed: String? {
        get { box.fields.feed }
        set { update { $0.feed = newValue } }
    }

    /// Date added to the guide.
    public var added: LocalDate? {
        get { box.fields.added }
        set { update { $0.added = newValue } }
    }

    /// Date the accounts were last checked.
    public var verified: LocalDate? {
        get { box.fields.verified }
        set { update { $0.verified = newValue } }
    }

    /// Where the information comes from: texts or URLs, in the order written.
    public var sources: [String] {
        get { box.fields.sources }
        set { update { $0.sources = newValue } }
    }

    /// Drafts are built only with `--drafts`.
    public var draft: Bool {
        get { box.fields.draft }
        set { update { $0.draft = newValue } }
    }

    /// The bio, rendered.
    public var bio: RenderedText {
        get { box.fields.bio }
        set { update { $0.bio = newValue } }
    }

    /// The file it comes from.
    public var sourcePath: String {
        get { box.fields.sourcePath }
        set { update { $0.sourcePath = newValue } }
    }

    /// Creates a value from its fields.
    public init(
        slug: String, name: String, sortKey: CollationKey, kind: ProfileKind, professions: [String], role: String?,
        companies: [String], accounts: [Account], website: String?, feed: String?, wikidata: WikidataItem? = nil,
        added: LocalDate?, verified: LocalDate?, sources: [String], draft: Bool, bio: RenderedText, sourcePath: String
    ) {
        box = Box(
            Fields(
                slug: slug, name: name, sortKey: sortKey, kind: kind, professions: professions, role: role,
                companies: companies, accounts: accounts, website: website, feed: feed, wikidata: wikidata, added: added,
                verified: verified,                sources: sources, draft: draft, bio: bio, sourcePath: sourcePath))
    }

    public static func == (lhs: Profile, rhs: Profile) -> Bool {
        lhs.box === rhs.box || lhs.box.fields == rhs.box.fields
    }

    /// Whether every field but the bio is equal (at once when both share their box): files that do not show
    /// bios can be kept when only a bio changed.
    public func equalsIgnoringBio(_ other: Profile) -> Bool {
        if box === other.box { return true }
        var fields = box.fields
        fields.bio = other.box.fields.bio
        return fields == other.box.fields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(box.fields)
    }
}
