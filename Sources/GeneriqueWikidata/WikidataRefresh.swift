import GeneriqueCore

/// A profile or a société that names its Wikidata item, with the values the item can fill.
public struct WikidataEntry: Sendable, Hashable {
    /// The file, relative to the root.
    public let path: String
    public let name: String
    public let item: WikidataItem
    /// Organisations take LinkedIn's company pages, people its member pages.
    public let isOrganization: Bool
    /// The fields the entry can hold: sociétés have no `feed`.
    public let fields: [WikidataField]
    /// The entry's values for those fields, handles as the content normalised them.
    public let values: [WikidataField: String]

    /// The entry for `profile`, nil when it names no item.
    public init?(_ profile: Profile) {
        guard let item = profile.wikidata else { return nil }
        self.init(
            path: profile.sourcePath, name: profile.name, item: item, isOrganization: profile.kind == .organization,
            fields: WikidataField.all(hasFeed: true), accounts: profile.accounts, website: profile.website,
            feed: profile.feed)
    }

    /// The entry for `societe`, nil when it names no item.
    public init?(_ societe: Societe) {
        guard let item = societe.wikidata else { return nil }
        self.init(
            path: societe.sourcePath, name: societe.name, item: item, isOrganization: true,
            fields: WikidataField.all(hasFeed: false), accounts: societe.accounts, website: societe.website, feed: nil)
    }

    private init(
        path: String, name: String, item: WikidataItem, isOrganization: Bool, fields: [WikidataField],
        accounts: [Account], website: String?, feed: String?
    ) {
        self.path = path
        self.name = name
        self.item = item
        self.isOrganization = isOrganization
        self.fields = fields
        var values: [WikidataField: String] = [:]
        for account in accounts { values[.account(account.network)] = account.handle }
        values[.website] = website
        values[.feed] = feed
        self.values = values
    }
}

/// What Wikidata says of one entry: whether its item is current, and what the item would change.
public struct WikidataRefresh: Sendable, Hashable {
    public let entry: WikidataEntry
    /// What Wikidata answered for the entry's id: a redirect means its `wikidata` field is outdated.
    public let lookup: WikidataLookup
    /// The changes, in the fields' order; empty for a missing item.
    public let changes: [WikidataChange]

    /// The refresh of `entry` from what Wikidata answered for its id.
    public init(_ entry: WikidataEntry, lookup: WikidataLookup) {
        self.entry = entry
        self.lookup = lookup
        changes = lookup.entity?.changes(to: entry.values, fields: entry.fields, isOrganization: entry.isOrganization) ?? []
    }

    /// Whether the editor must act: a missing or merged item, or a value in conflict.
    public var needsEditor: Bool {
        if case .found = lookup { return changes.contains { $0.kind == .conflict } }
        return true
    }
}
