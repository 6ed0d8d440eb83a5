import GeneriqueContent
import GeneriqueCore

/// `--write`: records what a run established in the entries themselves, the content staying the only source
/// of truth (builds never read the network or the cache). An entry whose checks are all ok or not checkable,
/// with at least one account checked, gets `verified: <today>`, and its `confirmed` list when that changed;
/// an entry with anything dead, moved or unreachable is never touched. Only those two lines change, through
/// `FrontMatterEdit`: every other byte of the file stays as it was.
public enum VerifyWriter {
    /// The fields to set in one file.
    public struct Edit: Sendable, Equatable {
        /// The file, relative to the root.
        public let path: String
        /// `verified` and, when it changed, `confirmed` (nil removes it), in that order.
        public let fields: [Field]

        /// One top-level field and its new YAML value.
        public struct Field: Sendable, Equatable {
            /// The field's key.
            public let key: String
            /// Its value as YAML (`2026-12-03`, `[mastodon, bluesky]`); nil removes the field.
            public let value: String?
        }
    }

    /// The edits `report` calls for, dated `today`.
    public static func edits(for report: VerifyReport, today: LocalDate) -> [Edit] {
        report.entries.compactMap { entry -> Edit? in
            let untouchable: Set<CheckOutcome> = [.dead, .moved, .unreachable]
            guard entry.entry.isDated, !entry.lines.contains(where: { untouchable.contains($0.result.outcome) }) else {
                return nil
            }
            var checked = false
            var confirmed: Set<Network> = []
            for line in entry.lines {
                guard case .account(let account) = line.check.target else { continue }
                if line.result.outcome == .ok { checked = true }
                if line.confirmation != nil {
                    confirmed.insert(account.network)
                } else if line.result.outcome == .notCheckable, entry.entry.confirmed.contains(account.network) {
                    // Nothing was learnt about it: an editor's confirmation stays.
                    confirmed.insert(account.network)
                }
            }
            guard checked else { return nil }
            var fields: [Edit.Field] = []
            if entry.entry.verified != today { fields.append(Edit.Field(key: "verified", value: today.iso)) }
            if confirmed != entry.entry.confirmed {
                let list = Network.allCases.filter(confirmed.contains).map(\.rawValue).joined(separator: ", ")
                fields.append(Edit.Field(key: "confirmed", value: confirmed.isEmpty ? nil : "[\(list)]"))
            }
            return fields.isEmpty ? nil : Edit(path: entry.entry.path, fields: fields)
        }
    }
}
