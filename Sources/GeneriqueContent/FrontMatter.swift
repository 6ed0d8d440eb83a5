import GeneriqueCore

/// A Markdown file split into its YAML front matter and its body.
struct FrontMatterDocument {
    /// The YAML between the `---` lines; nil when the file has no front matter.
    let yaml: String?
    /// File line on which the YAML text starts (the line after the opening `---`).
    let yamlFirstLine: Int
    /// The Markdown body.
    let body: String
    /// File line on which the body starts.
    let bodyFirstLine: Int

    /// Splits `source`. Front matter opens with `---` on the first line and closes with `---` or `...`.
    /// A missing closing line is an error at the opening one; `required` makes a missing block an error.
    static func split(_ source: SourceText, required: Bool) -> Result<FrontMatterDocument, Diagnostic> {
        // Works on UTF-8 lines: splitting on Characters (grapheme clusters) was a quarter of a build's time.
        let text = source.text
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var lineNumber = 1
        var yamlStart: String.Index?
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            let next = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : utf8.endIndex
            let line = utf8[lineStart..<lineEnd]
            if let start = yamlStart {
                if isDelimiter(line, allowDots: true) {
                    let yaml = String(text[start..<lineStart].dropLast(start < lineStart ? 1 : 0))
                    return .success(
                        FrontMatterDocument(
                            yaml: yaml, yamlFirstLine: 2, body: String(text[next...]), bodyFirstLine: lineNumber + 1))
                }
            } else {
                guard isDelimiter(line, allowDots: false) else { break }
                yamlStart = next
            }
            lineStart = next
            lineNumber += 1
        }
        if yamlStart != nil {
            return .failure(
                .error(
                    at: SourceLocation(path: source.path), "front matter is not closed",
                    code: "unterminated-front-matter",
                    hint: "add a line '---' after the last YAML field, before the Markdown body"))
        }
        if required {
            return .failure(
                .error(
                    at: SourceLocation(path: source.path), "missing front matter", code: "missing-front-matter",
                    hint: "start the file with a line '---', the YAML fields, then another line '---'"))
        }
        return .success(FrontMatterDocument(yaml: nil, yamlFirstLine: 1, body: text, bodyFirstLine: 1))
    }

    /// `---` (or `...` to close), optionally followed by spaces or tabs.
    static func isDelimiter<Line: BidirectionalCollection<UInt8>>(_ line: Line, allowDots: Bool) -> Bool
    where Line.SubSequence == Line {
        var trimmed = line
        while let last = trimmed.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { trimmed = trimmed.dropLast() }
        return trimmed.elementsEqual("---".utf8) || (allowDots && trimmed.elementsEqual("...".utf8))
    }
}
