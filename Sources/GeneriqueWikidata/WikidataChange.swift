/// What Wikidata would change in one field of an entry, and why.
public struct WikidataChange: Sendable, Hashable {
    /// What happens to the field.
    public enum Kind: String, Sendable, Hashable {
        /// The entry has no value; Wikidata's is written by `--apply`.
        case add
        /// Wikidata marks the entry's value as ended (deprecated or with an end time) and gives another:
        /// written by `--apply`.
        case replace
        /// Both have a value and they differ, without Wikidata saying the entry's ended: left to the editor.
        case conflict
        /// Wikidata marks the entry's value as ended and gives no other: left to the editor (`verify` says
        /// whether the account is still there).
        case ended
        /// Wikidata's value breaks the content's rules: reported, never written.
        case invalid
    }

    public let kind: Kind
    public let field: WikidataField
    /// The entry's value, when it has one.
    public let current: String?
    /// Wikidata's value: the one to write, the one in conflict, the invalid one, or for `ended` the ended one.
    public let wikidata: WikidataValue

    /// Whether `--apply` writes it.
    public var isWritten: Bool { kind == .add || kind == .replace }
}

extension WikidataEntity {
    /// The changes the item brings to an entry whose fields hold `values` (normalised handles by network,
    /// `website`, `feed`), for every field in `fields`. A value the entry has and Wikidata does not is never
    /// a change: nothing is ever removed.
    public func changes(to values: [WikidataField: String], fields: [WikidataField], isOrganization: Bool)
        -> [WikidataChange]
    {
        fields.flatMap { field -> [WikidataChange] in
            let (current, ended) = self.values(for: field, isOrganization: isOrganization)
            let valid = current.filter { $0.problem == nil }
            let invalid = current.filter { $0.problem != nil }.map {
                WikidataChange(kind: .invalid, field: field, current: values[field], wikidata: $0)
            }
            guard let mine = values[field] else {
                return valid.first.map { [WikidataChange(kind: .add, field: field, current: nil, wikidata: $0)] } ?? invalid
            }
            if valid.contains(where: { $0.matches(mine) }) { return [] }
            if let gone = ended.first(where: { $0.matches(mine) }) {
                guard let next = valid.first else {
                    return [WikidataChange(kind: .ended, field: field, current: mine, wikidata: gone)]
                }
                return [WikidataChange(kind: .replace, field: field, current: mine, wikidata: next)]
            }
            return valid.first.map { [WikidataChange(kind: .conflict, field: field, current: mine, wikidata: $0)] } ?? invalid
        }
    }
}
