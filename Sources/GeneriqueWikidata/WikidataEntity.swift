/// An item as `wbgetentities` gives it: its labels, descriptions and the statements of the properties
/// Générique reads (`WikidataProperty.read`); the others are not decoded.
public struct WikidataEntity: Sendable, Hashable, Codable {
    /// The item id, `Q` and digits (the new one, for an item asked under an id merged into it).
    public let id: String
    /// Labels by language code.
    public let labels: [String: String]
    /// Descriptions by language code.
    public let descriptions: [String: String]
    /// Statements by property id, in the item's order.
    public let statements: [String: [WikidataStatement]]

    public init(
        id: String, labels: [String: String], descriptions: [String: String] = [:],
        statements: [String: [WikidataStatement]] = [:]
    ) {
        self.id = id
        self.labels = labels
        self.descriptions = descriptions
        self.statements = statements
    }

    /// The label an entry takes as its name: French, then English, then the first other language in
    /// alphabetical order of its code (so the choice does not depend on the answer's order).
    public var label: String? {
        labels["fr"] ?? labels["en"] ?? labels.sorted { $0.key < $1.key }.first?.value
    }

    /// The description shown to the editor beside the label, to tell homonyms apart: French, then English.
    public var localDescription: String? {
        descriptions["fr"] ?? descriptions["en"]
    }

    /// The statements of `property` that hold today ("truthy"): the preferred ones when there are any,
    /// otherwise the normal ones; never a deprecated one or one with an end time — editors mark an ended
    /// account either way, often without the other.
    public func current(_ property: String) -> [WikidataStatement] {
        let standing = (statements[property] ?? []).filter { $0.rank != .deprecated && $0.endTime == nil }
        let preferred = standing.filter { $0.rank == .preferred }
        return preferred.isEmpty ? standing : preferred
    }

    /// The statements of `property` that no longer hold: deprecated, or with an end time.
    public func ended(_ property: String) -> [WikidataStatement] {
        (statements[property] ?? []).filter { $0.rank == .deprecated || $0.endTime != nil }
    }
}

/// One statement of an item: a value, how much it is trusted, and where it comes from.
public struct WikidataStatement: Sendable, Hashable, Codable {
    /// How Wikidata ranks a statement among those of its property.
    public enum Rank: String, Sendable, Hashable, Codable {
        case preferred, normal, deprecated
    }

    /// What the statement says.
    public enum Value: Sendable, Hashable, Codable {
        /// A string: a handle, an identifier, an address.
        case text(String)
        /// Another item.
        case item(String)
        /// No known value (`somevalue`, `novalue`) or a type Générique does not read.
        case other
    }

    public let value: Value
    public let rank: Rank
    /// The end time qualifier (P582), as Wikidata writes it (`+2023-01-01T00:00:00Z`), or `unknown` when
    /// the statement ended at an unknown time.
    public let endTime: String?
    /// One line per reference: its URL (P854), else the item it is stated in (P248) or imported from (P143).
    public let references: [String]

    public init(value: Value, rank: Rank, endTime: String? = nil, references: [String] = []) {
        self.value = value
        self.rank = rank
        self.endTime = endTime
        self.references = references
    }

    /// The statement's text, when it is one.
    public var text: String? {
        if case .text(let text) = value { return text }
        return nil
    }

    /// The end date, `YYYY-MM-DD`, when there is one and it is precise enough to say.
    public var endDate: String? {
        guard let endTime, endTime.hasPrefix("+"), endTime.count >= 11 else { return nil }
        let date = endTime.dropFirst().prefix(10)
        return date.hasSuffix("-00-00") ? String(date.prefix(4)) : String(date)
    }
}
