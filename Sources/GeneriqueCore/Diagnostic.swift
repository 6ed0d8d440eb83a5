/// A position in a source file, 1-based, columns counted in Unicode scalars.
public struct SourceLocation: Sendable, Hashable, Comparable {
    /// Path of the file relative to the site root, e.g. `content/profils/marc-missonnier.md`.
    public var path: String
    /// Line number, starting at 1.
    public var line: Int
    /// Column number, starting at 1.
    public var column: Int

    /// Creates a location.
    public init(path: String, line: Int = 1, column: Int = 1) {
        self.path = path
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
    }
}

/// A problem found in user input, positioned in the file that causes it.
public struct Diagnostic: Sendable, Hashable, Comparable {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    /// Where the problem is.
    public var location: SourceLocation
    /// Error or warning.
    public var severity: Severity
    /// What is wrong, in one sentence.
    public var message: String
    /// A stable identifier such as `unknown-key`, for documentation and tests.
    public var code: String
    /// How to fix it, when we can tell.
    public var hint: String?

    /// Creates a diagnostic.
    public init(
        _ severity: Severity, at location: SourceLocation, _ message: String, code: String, hint: String? = nil
    ) {
        self.severity = severity
        self.location = location
        self.message = message
        self.code = code
        self.hint = hint
    }

    /// Shorthand for an error.
    public static func error(
        at location: SourceLocation, _ message: String, code: String, hint: String? = nil
    ) -> Diagnostic {
        Diagnostic(.error, at: location, message, code: code, hint: hint)
    }

    /// Shorthand for a warning.
    public static func warning(
        at location: SourceLocation, _ message: String, code: String, hint: String? = nil
    ) -> Diagnostic {
        Diagnostic(.warning, at: location, message, code: code, hint: hint)
    }

    /// Diagnostics sort by file, then line and column, then message, so reports are stable.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.code != rhs.code { return lhs.code < rhs.code }
        return lhs.message < rhs.message
    }

    /// The compiler-style rendering: `path:line:col: error: message [code]`, then an indented hint, with
    /// control characters made visible (`shownPath`, `shownMessage`, `shownHint`).
    public var formatted: String {
        var text = "\(shownPath):\(location.line):\(location.column): \(severity.rawValue): \(shownMessage) [\(code)]"
        if let hint = shownHint { text += "\n  hint: \(hint)" }
        return text
    }

    /// The path as a terminal or a page may show it: content's file names can hold control characters.
    public var shownPath: String { location.path.escapingControlCharacters() }
    /// The message as it may be shown: it quotes content, whose control characters are made visible.
    public var shownMessage: String { message.escapingControlCharacters() }
    /// The hint as it may be shown; its line breaks (multi-line examples) are kept.
    public var shownHint: String? { hint?.escapingControlCharacters(keepingLineBreaks: true) }
}

extension Array where Element == Diagnostic {
    /// Whether any of the diagnostics is an error.
    public var containsErrors: Bool { contains { $0.severity == .error } }
}

/// Diagnostics travel through `Result` in the parsing stages.
extension Diagnostic: Error {}
