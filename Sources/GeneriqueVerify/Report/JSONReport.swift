import Foundation
import GeneriqueCore

/// The report for programs (a scheduled CI job): a stable JSON document on standard output, documented in
/// the README. `version` changes only when a field changes meaning or goes away; fields may be added.
public enum JSONReport {
    /// The document's version.
    public static let version = 1

    struct Document: Codable {
        let version: Int
        let generator: String
        let summary: [String: Int]
        let results: [Result]
    }

    struct Result: Codable {
        let path: String
        let line: Int
        let column: Int
        let entry: String
        /// The network (`mastodon`, `bluesky`…), `website` or `feed`.
        let network: String
        /// The handle or URL checked.
        let target: String
        /// `ok`, `moved`, `dead`, `unreachable` or `not-checkable`.
        let outcome: String
        let evidence: String
        /// Only for `moved`.
        let movedTo: String?
        let confirmed: Bool
        /// Only when `confirmed`: why.
        let confirmation: String?
        let cached: Bool
    }

    /// The document, UTF-8, keys sorted, ending with a line break.
    public static func encode(_ report: VerifyReport) -> [UInt8] {
        var summary = Dictionary(uniqueKeysWithValues: CheckOutcome.allCases.map { ($0.rawValue, report.count($0)) })
        summary["confirmed"] = report.lines.count { $0.confirmation != nil }
        let results = report.entries.flatMap { entry in
            entry.lines.map { line in
                Result(
                    path: line.check.location.path, line: line.check.location.line, column: line.check.location.column,
                    entry: entry.entry.name, network: line.check.target.kind, target: line.check.target.shown,
                    outcome: line.result.outcome.rawValue, evidence: line.result.evidence, movedTo: line.result.movedTo,
                    confirmed: line.confirmation != nil, confirmation: line.confirmation, cached: line.isCached)
            }
        }
        let document = Document(
            version: version, generator: "Generique/\(ProgramVersion.current)", summary: summary, results: results)
        return bytes(of: document)
    }

    /// `document` as the reports for programs write it: indented, keys sorted (the same input gives the same
    /// bytes), slashes unescaped, and a final line break.
    public static func bytes<Document: Encodable>(of document: Document) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings and numbers cannot fail.
        return Array((try? encoder.encode(document)) ?? Data()) + Array("\n".utf8)
    }
}
