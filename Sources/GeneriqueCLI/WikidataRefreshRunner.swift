import ArgumentParser
import Foundation
import GeneriqueContent
import GeneriqueCore
import GeneriqueFetch
import GeneriqueWikidata

/// `import wikidata` without `--search`: the item of every entry that names one, asked of Wikidata (cached
/// like `verify`'s results), and what it would change in the entry, each change at its line with the
/// statement's property, rank and references; with `--apply`, the changes that may be taken as they are
/// written into the files (`WikidataApply`).
enum WikidataRefreshRunner {
    /// The file, beside `content/`, of the items asked on earlier runs.
    static let cacheFileName = ".generique-wikidata-cache"

    static func run(
        entries: [WikidataEntry], tree: SourceTree, root: URL, api: WikidataAPI, context: String, maxAge: Duration,
        json: Bool, apply: Bool, style: TerminalStyle
    ) async throws {
        guard !entries.isEmpty else {
            Console.error("No entry names a Wikidata item (wikidata: Q…): nothing was asked.")
            return
        }
        let now = Date()
        let file = root.appendingPathComponent(cacheFileName)
        var cache = AnswerCache<WikidataLookup>.load(file, context: context)
        let lookups: [String: WikidataLookup]
        let cached: Set<String>
        switch await api.entities(Set(entries.map(\.item.id)), cache: &cache, maxAge: maxAge, now: now) {
        case .failure(let problem):
            Console.error(style.format(failure: problem.description))
            throw ExitCode(ExitStatus.contentErrors)
        case .success(let found): (lookups, cached) = found
        }
        if cached.count < Set(entries.map(\.item.id)).count {
            do {
                try cache.save(file, maxAge: maxAge, now: now)
            } catch {
                Console.error(style.format(failure: "the Wikidata cache could not be written: \(error.localizedDescription)"))
            }
        }
        let refreshes = entries.sorted { $0.path < $1.path }.map { WikidataRefresh($0, lookup: lookups[$0.item.id] ?? .missing) }
        var locations: [String: FieldLocations] = [:]
        for entry in entries { locations[entry.path] = tree.file(at: entry.path).flatMap(FieldLocations.read) }
        if json {
            FileHandle.standardOutput.write(Data(WikidataRefreshJSON.encode(refreshes, locations: locations)))
        } else {
            for refresh in refreshes {
                for line in lines(refresh, locations: locations[refresh.entry.path]) {
                    Console.out(line.escapingControlCharacters())
                }
            }
        }
        Console.error(summary(refreshes, cached: entries.count { cached.contains($0.item.id) }))
        let written = !apply || WikidataApply.write(refreshes, tree: tree, root: root, showDiffs: !json, style: style)
        if !written || refreshes.contains(where: \.needsEditor) { throw ExitCode(ExitStatus.contentErrors) }
    }

    /// The entry's lines: its item's state at its `wikidata` line, then one line per change.
    static func lines(_ refresh: WikidataRefresh, locations: FieldLocations?) -> [String] {
        let entry = refresh.entry
        let item = locations?.values["wikidata"] ?? SourceLocation(path: entry.path)
        let itemPlace = "\(entry.path):\(item.line):\(item.column)"
        var lines: [String]
        switch refresh.lookup {
        case .found(let entity):
            guard !refresh.changes.isEmpty else { return [] }
            lines = ["\(itemPlace): \(entry.item.id)" + (entity.label.map { " (\($0))" } ?? "")]
        case .redirected(let entity):
            lines = [
                "\(itemPlace): outdated: \(entry.item.id) was merged into \(entity.id)"
                    + (entity.label.map { " (\($0))" } ?? "") + ": write wikidata: \(entity.id)"
            ]
        case .missing:
            return ["\(itemPlace): missing: \(entry.item.id) is no Wikidata item (deleted, or a mistyped id)"]
        }
        for change in refresh.changes {
            let location = location(of: change.field, in: locations, path: entry.path)
            lines.append(
                "  \(entry.path):\(location.line):\(location.column): \(describe(change)) — \(evidence(change.wikidata))")
        }
        return lines
    }

    /// Where a change to `field` is reported: the account's handle, the `website` or `feed` value, else the
    /// `accounts` block for a new account, else the `wikidata` line.
    static func location(of field: WikidataField, in locations: FieldLocations?, path: String) -> SourceLocation {
        let written: SourceLocation? =
            switch field {
            case .account(let network): locations?.accounts[network] ?? locations?.values["accounts"]
            case .website: locations?.values["website"]
            case .feed: locations?.values["feed"]
            }
        return written ?? locations?.values["wikidata"] ?? SourceLocation(path: path)
    }

    /// `add accounts.bluesky: nom.bsky.social`, `conflict accounts.x: the entry has a, Wikidata b`…
    static func describe(_ change: WikidataChange) -> String {
        let field = change.field.description
        let value = change.wikidata.value
        let current = change.current ?? ""
        return switch change.kind {
        case .add: "add \(field): \(value)"
        case .replace: "replace \(field): \(current) → \(value) (Wikidata marks \(current) as ended)"
        case .conflict: "conflict \(field): the entry has \(current), Wikidata \(value): left for you to decide"
        case .ended:
            "ended \(field): Wikidata marks \(current) as ended"
                + (change.wikidata.statement.endDate.map { " (\($0))" } ?? "") + " and gives no other: see generique verify"
        case .invalid: "invalid \(field): Wikidata's '\(value)' is refused (\(change.wikidata.problem ?? "")): never written"
        }
    }

    /// `P2002, preferred rank, reference: https://…` — where the value comes from and how much it is trusted.
    static func evidence(_ value: WikidataValue) -> String {
        let references = value.statement.references
        let sourced = references.isEmpty ? "no reference" : "reference\(references.count == 1 ? "" : "s"): "
            + references.joined(separator: "; ")
        return "\(value.property), \(value.statement.rank.rawValue) rank, \(sourced)"
    }

    /// "41 entries asked (3 from the cache): 2 with changes, 1 outdated, 0 missing; 4 changes, 1 conflict."
    static func summary(_ refreshes: [WikidataRefresh], cached: Int) -> String {
        let changed = refreshes.count { !$0.changes.isEmpty }
        let outdated = refreshes.count { if case .redirected = $0.lookup { true } else { false } }
        let missing = refreshes.count { $0.lookup == .missing }
        let changes = refreshes.flatMap(\.changes)
        let conflicts = changes.count { $0.kind == .conflict }
        return "\(refreshes.count) entr\(refreshes.count == 1 ? "y" : "ies") asked (\(cached) from the cache): "
            + "\(changed) with changes, \(outdated) outdated, \(missing) missing; \(changes.count) "
            + "change\(changes.count == 1 ? "" : "s"), \(conflicts) conflict\(conflicts == 1 ? "" : "s")."
    }
}
