/// An item `wbsearchentities` proposes for a name: the editor picks one, the command never does.
public struct WikidataCandidate: Sendable, Hashable {
    /// The item id, `Q` and digits.
    public let id: String
    /// Its label in the language of the search (French first), or the text that matched.
    public let label: String
    /// Its short description ("réalisatrice française"), when it has one.
    public let description: String?

    public init(id: String, label: String, description: String?) {
        self.id = id
        self.label = label
        self.description = description
    }

    /// The item's page, the address an editor can open and the value of `source`.
    public var url: String { "https://www.wikidata.org/wiki/\(id)" }
}

/// Why a question to Wikidata got no usable answer. Never a reason to write anything.
public enum WikidataProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// No answer: the network, a timeout, an HTTP error after retries.
    case fetch(String)
    /// The API answered with an error (`code`, `info`).
    case api(code: String, info: String)
    /// The answer was not the JSON the API documents.
    case unreadable(String)

    public var description: String {
        switch self {
        case .fetch(let problem): "Wikidata could not be reached: \(problem)"
        case .api(let code, let info): "Wikidata answered with an error (\(code)): \(info)"
        case .unreadable(let detail): "Wikidata's answer could not be read: \(detail)"
        }
    }
}
