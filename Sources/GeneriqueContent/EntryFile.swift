import GeneriqueCore

/// A content file opened for parsing: its key, its front-matter fields and its body, not yet rendered.
struct EntryFile {
    /// The file name without `.md`, validated as a slug.
    let key: String
    /// The front matter, ready to be read field by field.
    var fields: FieldReader
    /// The Markdown body, rendered once every file's front matter is known (links need the whole site).
    let body: PendingBody

    /// Decodes, splits and parses `file`. Returns nil with diagnostics when the file cannot be read at all;
    /// an invalid file name is reported but parsing goes on, so one run shows every problem.
    static func open(
        _ file: SourceFile, allowedKeys: [String], frontMatterRequired: Bool = true
    ) -> (EntryFile?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let key = keyOfFile(at: file.path)
        if !Slug.isValid(key) {
            let suggestion = Slug.make(from: key)
            diagnostics.append(
                .error(
                    at: SourceLocation(path: file.path), "file name '\(key).md' is not a valid key",
                    code: "invalid-file-name",
                    hint: suggestion.isEmpty
                        ? "use lowercase ASCII letters, digits and hyphens"
                        : "rename the file to '\(suggestion).md'"))
        }
        let source: SourceText
        switch SourceText.decode(file) {
        case .success(let text): source = text
        case .failure(let diagnostic): return (nil, diagnostics + [diagnostic])
        }
        let document: FrontMatterDocument
        switch FrontMatterDocument.split(source, required: frontMatterRequired) {
        case .success(let split): document = split
        case .failure(let diagnostic): return (nil, diagnostics + [diagnostic])
        }
        let (parsed, yamlDiagnostics) = YAMLFields.parse(document.yaml ?? "", path: file.path, firstLine: document.yamlFirstLine)
        diagnostics += yamlDiagnostics
        guard let yaml = parsed else { return (nil, diagnostics) }
        let entry = EntryFile(
            key: key, fields: FieldReader(yaml, allowedKeys: allowedKeys),
            body: PendingBody(text: document.body, firstLine: document.bodyFirstLine, path: file.path))
        return (entry, diagnostics)
    }

    /// `content/profils/marc-missonnier.md` → `marc-missonnier`.
    static func keyOfFile(at path: String) -> String {
        let name = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[path.index(after: $0)...]) } ?? path
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }
}
