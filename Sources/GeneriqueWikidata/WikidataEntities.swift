import Foundation

/// What Wikidata answers for an item an entry names.
public enum WikidataLookup: Sendable, Hashable, Codable {
    /// The item, under the id asked.
    case found(WikidataEntity)
    /// The id asked was merged into this item: the entry should name its id.
    case redirected(WikidataEntity)
    /// No such item (deleted, or a mistyped id).
    case missing
}

extension WikidataAPI {
    /// The most ids `wbgetentities` takes in one request.
    public static let batchSize = 50
    /// The most bytes of one `wbgetentities` answer: fifty items with all their statements can weigh
    /// several megabytes (the API cannot leave out the properties Générique does not read).
    static let entitiesLimit = 64 << 20

    /// Every item of `ids`, asked `batchSize` at a time, one request after the other, with the labels and
    /// descriptions in `languages` (every language when nil) and, with `statements`, their statements.
    public func entities(_ ids: [String], languages: [String]? = ["fr", "en"], statements: Bool = true) async
        -> Result<[String: WikidataLookup], WikidataProblem>
    {
        let unique = Array(Set(ids)).sorted()
        var lookups: [String: WikidataLookup] = [:]
        for start in stride(from: 0, to: unique.count, by: Self.batchSize) {
            let batch = Array(unique[start..<min(start + Self.batchSize, unique.count)])
            var parameters = [("ids", batch.joined(separator: "|"))]
            parameters.append(("props", statements ? "labels|descriptions|claims" : "labels|descriptions"))
            if let languages { parameters.append(("languages", languages.joined(separator: "|"))) }
            switch await ask("wbgetentities", parameters, limit: Self.entitiesLimit).flatMap({ Self.lookups($0, asked: batch) }) {
            case .failure(let problem): return .failure(problem)
            case .success(let found): lookups.merge(found) { first, _ in first }
            }
        }
        return .success(lookups)
    }

    /// What a `wbgetentities` answer says of each id of `asked`. A merged item comes back under its new id,
    /// with `redirects` naming the id asked; an id the answer does not mention is missing.
    static func lookups(_ body: [UInt8], asked: [String]) -> Result<[String: WikidataLookup], WikidataProblem> {
        guard let answer = try? JSONDecoder().decode(EntitiesAnswer.self, from: Data(body)) else {
            return .failure(.unreadable("no entities in the answer"))
        }
        var lookups: [String: WikidataLookup] = [:]
        for (key, decoded) in answer.entities {
            if decoded.missing != nil {
                lookups[key] = .missing
                continue
            }
            let entity = decoded.entity(id: decoded.id ?? key)
            if let redirect = decoded.redirects {
                lookups[redirect.from] = .redirected(entity)
            } else {
                lookups[entity.id] = .found(entity)
            }
        }
        for id in asked where lookups[id] == nil { lookups[id] = .missing }
        return .success(lookups.filter { asked.contains($0.key) })
    }
}
