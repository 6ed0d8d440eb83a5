import GeneriqueCore
import Mustache

extension TemplateSet {
    /// The error for a template swift-mustache's parser refused: an unbalanced section at the tag that
    /// opened it, anything else where the parser stopped.
    static func diagnostic(for error: MustacheTemplate.ParserError, in text: String, path: String) -> Diagnostic {
        if let problem = TemplateTags.structureProblem(in: text, path: path) {
            return .error(
                at: problem.location, "template syntax error: \(problem.message)", code: "template-syntax",
                hint: "close each {{#name}} or {{^name}} with {{/name}}, innermost first")
        }
        let (location, line) = stop(of: error, in: text, path: path)
        let near = line.trimmingWhitespace()
        return .error(
            at: location, "template syntax error: \(describe(error.error))", code: "template-syntax",
            hint: near.isEmpty ? nil : "near: \(near)")
    }

    /// Where the parser stopped, in the terms of every other diagnostic (lines end at `\n`, columns count
    /// Unicode scalars), and that line. The parser's own context counts columns in Characters back to the
    /// previous `\n` Character, which a CRLF line ending is not: a CRLF text is parsed again with LF
    /// endings, whose lines are the same, to read the column.
    private static func stop(of error: MustacheTemplate.ParserError, in text: String, path: String)
        -> (SourceLocation, String)
    {
        let scalars = Array(text.unicodeScalars)
        var lf = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated()
        where !(scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n") {
            lf.append(scalar)
        }
        var context = error.context
        if lf.count != scalars.count, let again = parserError(in: String(lf)) { context = again.context }
        let lines = lf.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
        // Lines count from the file's first line, not from the pragma line put before it.
        let lineNumber = min(max(context.lineNumber - 1, 1), lines.count)
        let line = lines[lineNumber - 1]
        let column = line.prefix(max(context.columnNumber - 1, 0)).unicodeScalars.count + 1
        return (SourceLocation(path: path, line: lineNumber, column: column), line)
    }

    private static func parserError(in text: String) -> MustacheTemplate.ParserError? {
        do {
            _ = try MustacheTemplate(string: TemplateEscaping.pragmaLine + text)
            return nil
        } catch {
            return error as? MustacheTemplate.ParserError
        }
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect: "a section is closed with the wrong name"
        case MustacheTemplate.Error.unfinishedName:
            "a tag's name may hold only ASCII letters, digits, '.', '-', '_' and a transform's parentheses"
        case MustacheTemplate.Error.expectedSectionEnd: "a section is never closed"
        case MustacheTemplate.Error.invalidSetDelimiter: "invalid delimiter change"
        case MustacheTemplate.Error.textInsideInheritSection: "text outside a block inside '{{<…}}'"
        case MustacheTemplate.Error.illegalTokenInsideInheritSection: "only blocks may appear inside '{{<…}}'"
        default: "\(error)"
        }
    }
}
