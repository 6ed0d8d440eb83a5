import Foundation
import GeneriqueFetch

/// What Wikidata answers for an item an entry names.
public enum WikidataLookup: Sendable, Hashable, Codable {
    /// The item, under the id asked.
    case found(WikidataEntity)
    /// The id asked was merged into this item: the entry should name its id.
    case redirected(WikidataEntity)
    /// No such item (deleted, or a mistyped id).
    case missing

    /// The item, found or redirected to.
    public var entity: WikidataEntity? {
        switch self {
        case .found(let entity), .redirected(let entity): entity
        case .missing: nil
        }
    }
}

extension WikidataAPI {
    /// The most ids `wbgetentities` takes in one request.
    public static let batchSize = 50
    /// The most bytes of one `wbgetentities` answer: fifty items with all their statements can weigh
    /// several megabytes (the API cannot leave out the properties Générique does not read).
    static let entitiesLimit = 64 << 20

    /// Every item of `ids` taken from `cache` when younger than `maxAge`, the others asked (see `entities`)
    /// and kept in it, but for missing ones: a mistyped id the editor fixes must be asked again. Also says
    /// which ids came from the cache.
    public func entities(
        _ ids: Set<String>, cache: inout AnswerCache<WikidataLookup>, maxAge: Duration, now: Date
    ) async -> Result<(lookups: [String: WikidataLookup], cached: Set<String>), WikidataProblem> {
        var lookups: [String: WikidataLookup] = [:]
        for id in ids {
            if let stored = cache.fresh(id, maxAge: maxAge, now: now) { lookups[id] = stored.result }
        }
        let cached = Set(lookups.keys)
        let asked = ids.subtracting(cached).sorted()
        guard !asked.isEmpty else { return .success((lookups, cached)) }
        switch await entities(asked) {
        case .failure(let problem): return .failure(problem)
        case .success(let found):
            for (id, lookup) in found {
                lookups[id] = lookup
                if lookup != .missing { cache.store(lookup, for: id, at: now) }
            }
            return .success((lookups, cached))
        }
    }

    /// Every item of `ids`, asked `batchSize` at a time, one request after the other, with its French and
    /// English labels and descriptions and, unless `labelsOnly`, its statements.
    public func entities(_ ids: [String], labelsOnly: Bool = false) async -> Result<[String: WikidataLookup], WikidataProblem> {
        let unique = Array(Set(ids)).sorted()
        var lookups: [String: WikidataLookup] = [:]
        for start in stride(from: 0, to: unique.count, by: Self.batchSize) {
            let batch = Array(unique[start..<min(start + Self.batchSize, unique.count)])
            let parameters = [
                ("ids", batch.joined(separator: "|")), ("props", labelsOnly ? "labels" : "labels|descriptions|claims"),
                ("languages", "fr|en"),
            ]
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
