import GeneriqueCore

/// The report for a terminal or a log: entry by entry, one line per check with its position, outcome and
/// evidence, and a summary line.
public enum TextReport {
    /// The report's lines: every check when `everyLine`, else only those dead, moved or unreachable (with
    /// their entry's name above them).
    public static func lines(_ report: VerifyReport, everyLine: Bool) -> [String] {
        var lines: [String] = []
        for entry in report.entries {
            let shown = entry.lines.filter { everyLine || [.dead, .moved, .unreachable].contains($0.result.outcome) }
            guard !shown.isEmpty else { continue }
            lines.append("\(entry.entry.name.escapingControlCharacters()) (\(entry.entry.path))")
            lines += shown.map { "  " + line($0) }
        }
        return lines
    }

    /// `content/profils/x.md:6:12: bluesky x.bsky.social: ok, confirmed — profile found (…); its handle is …`
    static func line(_ line: VerifyReport.Line) -> String {
        let location = line.check.location
        var outcome = line.result.outcome.label
        if let confirmation = line.confirmation { outcome += ", confirmed (\(confirmation))" }
        if line.isCached { outcome += ", from the cache" }
        let text = "\(location.path):\(location.line):\(location.column): \(line.check.target.kind) "
            + "\(line.check.target.shown): \(outcome) — \(line.result.evidence)"
        return text.escapingControlCharacters()
    }

    /// "Checked 52 accounts, websites and feeds of 41 entries in 3.20 s: 40 ok, 1 moved, … (12 from the cache,
    /// 96 requests)".
    public static func summary(_ report: VerifyReport, seconds: String) -> String {
        let counts = CheckOutcome.allCases.map { "\(report.count($0)) \($0.label)" }.joined(separator: ", ")
        let confirmed = report.lines.count { $0.confirmation != nil }
        let cached = report.lines.count(where: \.isCached)
        return "Checked \(report.lines.count) accounts, websites and feeds of \(report.entries.count) entries in "
            + "\(seconds) s: \(counts); \(confirmed) confirmed (\(cached) from the cache, \(report.requests) requests)"
    }
}
