import GeneriqueCore

extension WikidataEntity {
    /// The items the current statements of `property` name (`current`), in the item's order.
    public func items(of property: String) -> [String] {
        current(property).compactMap { if case .item(let id) = $0.value { id } else { nil } }
    }

    /// The items whose labels `sortName` needs: the family names, then the given names.
    public var nameItems: [String] {
        items(of: WikidataProperty.familyName) + items(of: WikidataProperty.givenName)
    }

    /// The occupations (P106) the item states today.
    public var occupations: [String] { items(of: WikidataProperty.occupation) }

    /// How `name` sorts, in French usage, from the family name statements (P734) whose labels, in `labels`
    /// by item id, are written in `name`: the family name, a comma, and the rest of the name as written
    /// ("Jean de La Fontaine" with La Fontaine → "La Fontaine, Jean de"). Without a family name in the
    /// name, from the given names (P735) that start it ("Anne Dupont-Martin" with Anne → "Dupont-Martin,
    /// Anne"). Nil when neither says (a stage name, no statements): the caller guesses.
    public func sortName(for name: String, labels: [String: String]) -> String? {
        let family = items(of: WikidataProperty.familyName).compactMap { labels[$0] }.filter { !$0.isEmpty }
        if let written = family.first(where: { name.range(of: $0) != nil }), let range = name.range(of: written) {
            let rest = (name[..<range.lowerBound] + name[range.upperBound...]).split(separator: " ").joined(separator: " ")
            return rest.isEmpty ? written : "\(written), \(rest)"
        }
        let given = items(of: WikidataProperty.givenName).compactMap { labels[$0] }.filter { !$0.isEmpty }
        let leading = given.reduce(into: "") { start, part in
            let candidate = start.isEmpty ? part : "\(start) \(part)"
            if name.hasPrefix(candidate + " ") { start = candidate }
        }
        guard !leading.isEmpty else { return nil }
        let rest = String(name.dropFirst(leading.count)).trimmingWhitespace()
        return "\(rest), \(leading)"
    }
}

/// A métier an item's occupations point to, through the métiers' `wikidata_occupations`.
public struct MetierProposal: Sendable, Hashable {
    /// The métier's key.
    public let metier: String
    /// The item's occupations that the métier lists, in the item's order.
    public let occupations: [String]

    /// The métiers, in their order, that list one of `occupations`.
    public static func proposals(for occupations: [String], metiers: [Metier]) -> [MetierProposal] {
        metiers.sorted { ($0.order, $0.key) < ($1.order, $1.key) }.compactMap { metier in
            let listed = Set(metier.wikidataOccupations.map(\.id))
            let matching = occupations.filter(listed.contains)
            return matching.isEmpty ? nil : MetierProposal(metier: metier.key, occupations: matching)
        }
    }
}
