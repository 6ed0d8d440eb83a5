import Foundation
import GeneriqueCore

/// What Wikidata says of an item an entry names.
public enum WikidataItemState: Sendable, Hashable {
    /// The item exists under this id; its label in French, else English, when it has one.
    case found(label: String?)
    /// The item was merged into another: the entry should name `to`.
    case redirected(to: String, label: String?)
    /// No such item (deleted, or a mistyped id).
    case missing
}

extension WikidataAPI {
    /// The most ids `wbgetentities` takes in one request.
    public static let batchSize = 50

    /// The state of every item of `ids`, asked `batchSize` at a time, one request after the other.
    public func items(_ ids: [String]) async -> Result<[String: WikidataItemState], WikidataProblem> {
        let unique = Array(Set(ids)).sorted()
        var states: [String: WikidataItemState] = [:]
        for start in stride(from: 0, to: unique.count, by: Self.batchSize) {
            let batch = Array(unique[start..<min(start + Self.batchSize, unique.count)])
            let parameters = [("ids", batch.joined(separator: "|")), ("props", "labels"), ("languages", "fr|en")]
            switch await ask("wbgetentities", parameters).flatMap({ Self.states($0, asked: batch) }) {
            case .failure(let problem): return .failure(problem)
            case .success(let found): states.merge(found) { first, _ in first }
            }
        }
        return .success(states)
    }

    private struct EntitiesAnswer: Decodable {
        struct Entity: Decodable {
            struct Label: Decodable {
                let value: String
            }

            struct Redirect: Decodable {
                let from: String
                let to: String
            }

            let id: String?
            let missing: String?
            let labels: [String: Label]?
            let redirects: Redirect?
        }

        let entities: [String: Entity]
    }

    /// The states a `wbgetentities` answer gives for `asked`. A merged item comes back under its new id, with
    /// `redirects` naming the id asked; an id the answer does not mention at all is missing.
    static func states(_ body: [UInt8], asked: [String]) -> Result<[String: WikidataItemState], WikidataProblem> {
        guard let answer = try? JSONDecoder().decode(EntitiesAnswer.self, from: Data(body)) else {
            return .failure(.unreadable("no entities in the answer"))
        }
        var states: [String: WikidataItemState] = [:]
        for (key, entity) in answer.entities {
            let label = entity.labels?["fr"]?.value ?? entity.labels?["en"]?.value
            if entity.missing != nil {
                states[key] = .missing
            } else if let redirect = entity.redirects {
                states[redirect.from] = .redirected(to: redirect.to, label: label)
            } else {
                states[entity.id ?? key] = .found(label: label)
            }
        }
        for id in asked where states[id] == nil { states[id] = .missing }
        return .success(states.filter { asked.contains($0.key) })
    }
}
