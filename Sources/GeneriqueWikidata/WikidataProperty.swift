import GeneriqueCore

/// An entry field Wikidata statements can fill.
public enum WikidataField: Sendable, Hashable, CustomStringConvertible {
    case account(Network), website, feed

    /// Every field, in the order reports list them: accounts in the pages' order, then website and feed.
    public static func all(hasFeed: Bool) -> [WikidataField] {
        Network.allCases.map(WikidataField.account) + [.website] + (hasFeed ? [.feed] : [])
    }

    /// The field as the front matter names it: `accounts.bluesky`, `website`, `feed`.
    public var description: String {
        switch self {
        case .account(let network): "accounts.\(network.rawValue)"
        case .website: "website"
        case .feed: "feed"
        }
    }
}

/// The Wikidata properties Générique reads (ids from Wikidata's property pages).
public enum WikidataProperty {
    /// The qualifier that ends a statement.
    static let endTime = "P582"

    /// The properties that fill `field`, the first preferred when several give a value: a YouTube channel id
    /// (P2397) before a handle (P11245), since only a channel id gives a feed; a Bluesky handle before a DID.
    /// LinkedIn keeps people (P6634) and organisations (P4264) apart, as its addresses do.
    public static func sources(of field: WikidataField, isOrganization: Bool) -> [String] {
        switch field {
        case .account(.bluesky): ["P12361", "P12409"]
        case .account(.mastodon): ["P4033"]
        case .account(.x): ["P2002"]
        case .account(.instagram): ["P2003"]
        case .account(.threads): ["P11892"]
        case .account(.letterboxd): ["P12384"]
        case .account(.youtube): ["P2397", "P11245"]
        case .account(.tiktok): ["P7085"]
        case .account(.linkedin): [isOrganization ? "P4264" : "P6634"]
        case .website: ["P856"]
        case .feed: ["P1019"]
        }
    }

    /// Occupation: what a person does (film producer, screenwriter…), an item.
    static let occupation = "P106"
    /// Family name and given name, items whose labels are the names.
    static let familyName = "P734"
    static let givenName = "P735"

    /// Every property whose statements are decoded.
    static let read: Set<String> = {
        var properties: Set<String> = [occupation, familyName, givenName]
        for field in WikidataField.all(hasFeed: true) {
            properties.formUnion(sources(of: field, isOrganization: false) + sources(of: field, isOrganization: true))
        }
        return properties
    }()
}
