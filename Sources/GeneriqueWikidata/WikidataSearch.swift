import Foundation
import GeneriqueCore

extension WikidataAPI {
    /// The items `wbsearchentities` finds for `name`, in its order (best match first), labels and descriptions
    /// in French where the item has them.
    public func search(_ name: String, limit: Int = 10) async -> Result<[WikidataCandidate], WikidataProblem> {
        let parameters = [
            ("search", name), ("language", "fr"), ("uselang", "fr"), ("type", "item"), ("limit", String(limit)),
        ]
        return await ask("wbsearchentities", parameters).flatMap(Self.candidates)
    }

    private struct SearchAnswer: Decodable {
        struct Hit: Decodable {
            struct Match: Decodable {
                let text: String?
            }

            let id: String
            let label: String?
            let description: String?
            let match: Match?
        }

        let search: [Hit]
    }

    /// The candidates of a `wbsearchentities` answer; an id that is not an item's makes the answer unreadable.
    static func candidates(_ body: [UInt8]) -> Result<[WikidataCandidate], WikidataProblem> {
        let answer: SearchAnswer
        do {
            answer = try JSONDecoder().decode(SearchAnswer.self, from: Data(body))
        } catch {
            return .failure(.unreadable("no search results in the answer"))
        }
        var candidates: [WikidataCandidate] = []
        for hit in answer.search {
            guard WikidataItem(hit.id) != nil else { return .failure(.unreadable("'\(hit.id)' is not an item id")) }
            let label = hit.label ?? hit.match?.text ?? hit.id
            candidates.append(WikidataCandidate(id: hit.id, label: label, description: hit.description))
        }
        return .success(candidates)
    }
}
