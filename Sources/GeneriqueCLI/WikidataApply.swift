import Foundation
import GeneriqueContent
import GeneriqueCore
import GeneriqueWikidata

/// `import wikidata --apply`: writes the changes that may be taken as they are (`add`, `replace`) into the
/// entries' files, only their `accounts`, `website` and `feed` lines, and shows each file's diff.
enum WikidataApply {
    /// The front-matter edits that make `changes` (only those `isWritten`): handles as plain YAML where they
    /// read back unquoted, addresses quoted as the shipped entries write them.
    static func edits(_ changes: [WikidataChange]) -> (fields: [(key: String, value: String?)], entries: [FrontMatterEdit.Entry]) {
        var fields: [(key: String, value: String?)] = []
        var entries: [FrontMatterEdit.Entry] = []
        for change in changes where change.isWritten {
            let value = change.wikidata.value
            switch change.field {
            case .account(let network):
                entries.append(.init(field: "accounts", key: network.rawValue, value: YAMLScalar.plainOrQuoted(value)))
            case .website: fields.append(("website", YAMLScalar.quoted(value)))
            case .feed: fields.append(("feed", YAMLScalar.quoted(value)))
            }
        }
        return (fields, entries)
    }

    /// Writes every refresh's changes; false when a file could not be edited. Nothing at all is written
    /// while an item is missing: the entry's `wikidata` field must be fixed first. Diffs go to standard
    /// output unless it holds the JSON report; what was written goes to standard error.
    static func write(_ refreshes: [WikidataRefresh], tree: SourceTree, root: URL, showDiffs: Bool, style: TerminalStyle) -> Bool {
        let missing = refreshes.filter { $0.lookup == .missing }
        guard missing.isEmpty else {
            Console.error(
                style.format(
                    failure: "--apply: nothing was written: \(missing.count) item\(missing.count == 1 ? " is" : "s are") missing",
                    hint: "fix the wikidata field of \(missing.map(\.entry.path).joined(separator: ", ")), or leave it out"))
            return false
        }
        var succeeded = true
        var changes = 0
        var files = 0
        for refresh in refreshes {
            let (fields, entries) = edits(refresh.changes)
            guard !fields.isEmpty || !entries.isEmpty else { continue }
            let path = refresh.entry.path
            let read = tree.file(at: path)?.bytes ?? []
            let outcome = FrontMatterEdit.apply(fields, entries: entries, to: read).flatMap { edited in
                EntryFileRewrite.write(edited, to: path, root: root, read: read).map { edited }
            }
            switch outcome {
            case .success(let edited):
                files += 1
                changes += fields.count + entries.count
                if showDiffs {
                    Console.out("\(path):")
                    for line in LineDiff.changes(from: read, to: edited) {
                        Console.out("  \(line.isAdded ? "+" : "-") \(line.number): \(line.text)".escapingControlCharacters())
                    }
                }
            case .failure(let failure):
                succeeded = false
                Console.error(style.format(failure: "\(path) was not edited: \(failure.message)"))
            }
        }
        Console.error("--apply: \(changes) change\(changes == 1 ? "" : "s") written in \(files) file\(files == 1 ? "" : "s").")
        return succeeded
    }
}
