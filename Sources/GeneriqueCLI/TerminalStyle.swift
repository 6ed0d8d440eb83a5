import Foundation
import GeneriqueBuild
import GeneriqueCore

/// Colours for diagnostics: only on a terminal, never when `NO_COLOR` is set.
struct TerminalStyle: Sendable {
    let usesColor: Bool

    static func forStandardError() -> TerminalStyle {
        choose(isTerminal: isatty(STDERR_FILENO) == 1, environment: ProcessInfo.processInfo.environment)
    }

    /// Colour only on a terminal, and never when `NO_COLOR` is set to anything (no-color.org).
    static func choose(isTerminal: Bool, environment: [String: String]) -> TerminalStyle {
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return TerminalStyle(usesColor: isTerminal && !noColor)
    }

    func format(_ diagnostic: Diagnostic) -> String {
        guard usesColor else { return diagnostic.formatted }
        let color = diagnostic.severity == .error ? "\u{1B}[1;31m" : "\u{1B}[1;33m"
        let location = diagnostic.location
        var text = "\u{1B}[1m\(diagnostic.shownPath):\(location.line):\(location.column):\u{1B}[0m "
            + "\(color)\(diagnostic.severity.rawValue):\u{1B}[0m \u{1B}[1m\(diagnostic.shownMessage)\u{1B}[0m [\(diagnostic.code)]"
        if let hint = diagnostic.shownHint { text += "\n  \u{1B}[36mhint:\u{1B}[0m \(hint)" }
        return text
    }

    func format(failure: BuildFailure) -> String {
        format(failure: failure.message, hint: failure.hint)
    }

    /// A failure that is not about one file: `error: message`, and the hint below. Both may quote paths
    /// or arguments: their control characters are made visible, as in diagnostics.
    func format(failure message: String, hint: String? = nil) -> String {
        let label = usesColor ? "\u{1B}[1;31merror:\u{1B}[0m" : "error:"
        var text = "\(label) \(message.escapingControlCharacters())"
        if let hint { text += "\n  hint: \(hint.escapingControlCharacters(keepingLineBreaks: true))" }
        return text
    }
}
