import Foundation
import GeneriqueContent
import GeneriqueCore
import GeneriqueVerify
import GeneriqueWikidata

/// `import wikidata --format json`: the refresh report for programs, on standard output. `version` changes
/// only when a field changes meaning or goes away; fields may be added.
enum WikidataRefreshJSON {
    static let version = 1

    struct Document: Codable {
        let version: Int
        let generator: String
        let entries: [Entry]
    }

    struct Entry: Codable {
        let path: String
        let name: String
        /// The id the entry names.
        let wikidata: String
        /// `current`, `outdated` (merged into `mergedInto`) or `missing`.
        let item: String
        let mergedInto: String?
        let label: String?
        let changes: [Change]
    }

    struct Change: Codable {
        /// `add`, `replace`, `conflict`, `ended` or `invalid`.
        let kind: String
        /// `accounts.x`, `website`, `feed`.
        let field: String
        let line: Int
        let column: Int
        /// The entry's value, when it has one.
        let current: String?
        /// Wikidata's value.
        let wikidata: String
        let property: String
        /// `preferred`, `normal` or `deprecated`.
        let rank: String
        let endTime: String?
        let references: [String]
        /// Why the content would refuse Wikidata's value (`invalid` only).
        let problem: String?
        /// Whether the editor may take it as it is (`add`, `replace`).
        let writable: Bool
    }

    /// The document for `refreshes`, UTF-8, keys sorted, ending with a line break; `locations` gives each
    /// entry's field positions, by path.
    static func encode(_ refreshes: [WikidataRefresh], locations: [String: FieldLocations]) -> [UInt8] {
        let entries = refreshes.map { refresh -> Entry in
            let places = locations[refresh.entry.path]
            let state =
                switch refresh.lookup {
                case .found: "current"
                case .redirected: "outdated"
                case .missing: "missing"
                }
            let changes = refresh.changes.map { change in
                let location = WikidataRefreshRunner.location(of: change.field, in: places, path: refresh.entry.path)
                let statement = change.wikidata.statement
                return Change(
                    kind: change.kind.rawValue, field: change.field.description, line: location.line,
                    column: location.column, current: change.current, wikidata: change.wikidata.value,
                    property: change.wikidata.property, rank: statement.rank.rawValue, endTime: statement.endTime,
                    references: statement.references, problem: change.wikidata.problem, writable: change.isWritten)
            }
            let merged: String? = if case .redirected(let target) = refresh.lookup { target.id } else { nil }
            return Entry(
                path: refresh.entry.path, name: refresh.entry.name, wikidata: refresh.entry.item.id, item: state,
                mergedInto: merged, label: refresh.lookup.entity?.label, changes: changes)
        }
        let document = Document(version: version, generator: "Generique/\(ProgramVersion.current)", entries: entries)
        return JSONReport.bytes(of: document)
    }
}
