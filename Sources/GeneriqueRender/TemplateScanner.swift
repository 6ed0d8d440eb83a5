import GeneriqueCore

/// A `{{…}}` tag as written, with the position of its opening braces.
struct TemplateTag {
    /// The character that gives the tag its kind (`#`, `/`, `>`, `!`, `{`…); nil for a plain `{{name}}`.
    let sigil: Character?
    /// What is between the braces, trimmed: `#added`, or `{name` for `{{{name}}}`.
    let body: String
    /// Where its `{{` is.
    let location: SourceLocation
    /// Set when the tag does not end where it should.
    let unclosed: Unclosed?

    /// A tag missing its closing braces: what an error quotes of it, and the braces it needed.
    struct Unclosed {
        let quote: String
        let closing: String
    }
}

/// Finds the tags of a template. A tag's name never spans lines, so a tag whose `}}` does not come before
/// the end of its line or the next `{{` is not closed, and the scan goes on from there (a missing brace
/// would otherwise swallow the lines up to the next `}}`); only comments may span lines.
enum TemplateScanner {
    /// Every tag of `text`, in order, closed or not.
    static func scan(_ text: String, path: String) -> [TemplateTag] {
        var tags: [TemplateTag] = []
        let scalars = Array(text.unicodeScalars)
        var line = 1
        var column = 1
        var index = 0
        while index < scalars.count {
            var stop = index + 1
            if scalars[index] == "{", index + 1 < scalars.count, scalars[index + 1] == "{" {
                let read = readTag(scalars, at: index)
                tags.append(
                    TemplateTag(
                        sigil: read.sigil, body: read.body, location: SourceLocation(path: path, line: line, column: column),
                        unclosed: read.unclosed))
                stop = read.end
            }
            // Line and column stay right past multi-line comments.
            while index < stop {
                if scalars[index] == "\n" { line += 1; column = 1 } else { column += 1 }
                index += 1
            }
        }
        return tags
    }

    /// Syntax errors for the tags that are not closed, each at its own opening braces, and for a lone `{`
    /// ending the file, which swift-mustache's parser takes for the start of a tag (it reports an
    /// "overflow").
    static func syntaxErrors(in text: String, path: String) -> [Diagnostic] {
        var errors = unclosedTagErrors(in: text, path: path)
        let scalars = text.unicodeScalars
        if scalars.last == "{", scalars.dropLast().last != "{" {
            let lastLine = scalars.split(separator: "\n", omittingEmptySubsequences: false).last ?? []
            errors.append(
                .error(
                    at: SourceLocation(path: path, line: scalars.count(where: { $0 == "\n" }) + 1, column: lastLine.count),
                    "template syntax error: the file ends with '{', read as the start of a tag", code: "template-syntax",
                    hint: "end the file with a newline after it, or write it '&#123;'"))
        }
        return errors
    }

    private static func unclosedTagErrors(in text: String, path: String) -> [Diagnostic] {
        scan(text, path: path).compactMap { tag in
            guard let unclosed = tag.unclosed else { return nil }
            if tag.sigil == "!" {
                return .error(
                    at: tag.location, "template syntax error: comment '\(unclosed.quote)' is not closed with '}}'",
                    code: "template-syntax", hint: "end the comment with '}}'")
            }
            return .error(
                at: tag.location, "template syntax error: tag '\(unclosed.quote)' is not closed with '\(unclosed.closing)'",
                code: "template-syntax",
                hint: "end it with '\(unclosed.closing)' on the same line: only comments may span lines")
        }
    }

    /// The tag whose `{{` is at `start`, and the index where scanning resumes.
    private static func readTag(_ scalars: [Unicode.Scalar], at start: Int)
        -> (sigil: Character?, body: String, unclosed: TemplateTag.Unclosed?, end: Int)
    {
        let open = start + 2
        let isComment = scalars[open...].first { $0 != " " && $0 != "\t" } == "!"
        var end = open
        var isClosed = false
        while end < scalars.count {
            let next = end + 1 < scalars.count ? scalars[end + 1] : nil
            if scalars[end] == "}", next == "}" {
                isClosed = true
                break
            }
            if !isComment, scalars[end] == "\n" || (scalars[end] == "{" && next == "{") { break }
            end += 1
        }
        let written = String(String.UnicodeScalarView(scalars[start..<end]))
        let body = String(written.dropFirst(2)).trimmingWhitespace()
        let sigil = body.first.flatMap { "#^/$<>!{&=".contains($0) ? $0 : nil }
        guard isClosed else {
            // Not closed: the quote ends at a lone '}' if there is one (`{{#added}`), else with the line.
            let quote = isComment ? written : written.firstIndex(of: "}").map { String(written[...$0]) } ?? written
            let unclosed = TemplateTag.Unclosed(quote: shortened(quote), closing: sigil == "{" ? "}}}" : "}}")
            return (sigil, body, unclosed, isComment ? scalars.count : end)
        }
        guard sigil == "{" else { return (sigil, body, nil, end + 2) }
        if end + 2 < scalars.count, scalars[end + 2] == "}" { return (sigil, body, nil, end + 3) }
        return (sigil, body, TemplateTag.Unclosed(quote: shortened(written + "}}"), closing: "}}}"), end + 2)
    }

    /// The first line of `quote`, trimmed, cut at 40 characters.
    private static func shortened(_ quote: String) -> String {
        let firstLine = String(quote.prefix { $0 != "\n" && $0 != "\r\n" }).trimmingWhitespace()
        return firstLine.count > 40 ? String(firstLine.prefix(40)) + "…" : firstLine
    }
}
