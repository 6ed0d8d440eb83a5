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
        let lines = source.text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, isDelimiter(first, allowDots: false) else {
            if required {
                return .failure(
                    .error(
                        at: SourceLocation(path: source.path), "missing front matter", code: "missing-front-matter",
                        hint: "start the file with a line '---', the YAML fields, then another line '---'"))
            }
            return .success(FrontMatterDocument(yaml: nil, yamlFirstLine: 1, body: source.text, bodyFirstLine: 1))
        }
        guard let closing = lines.dropFirst().firstIndex(where: { isDelimiter($0, allowDots: true) }) else {
            return .failure(
                .error(
                    at: SourceLocation(path: source.path), "front matter is not closed",
                    code: "unterminated-front-matter",
                    hint: "add a line '---' after the last YAML field, before the Markdown body"))
        }
        let yaml = lines[1..<closing].joined(separator: "\n")
        let body = lines[(closing + 1)...].joined(separator: "\n")
        return .success(FrontMatterDocument(yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: closing + 2))
    }

    private static func isDelimiter(_ line: Substring, allowDots: Bool) -> Bool {
        let trimmed = line.reversed().drop(while: { $0 == " " || $0 == "\t" })
        let text = String(trimmed.reversed())
        return text == "---" || (allowDots && text == "...")
    }
}
