import GeneriqueCore

/// A content file opened for parsing: its key, its front-matter fields and its body, not yet rendered.
struct EntryFile {
    /// The file name without `.md`, validated as a slug.
    let key: String
    /// The front matter, ready to be read field by field.
    var fields: FieldReader
    /// The Markdown body, rendered once every file's front matter is known (links need the whole site).
    let body: PendingBody

    /// Decodes, splits and parses `file`. Returns nil with diagnostics when the file cannot be read at all.
    /// Its name is checked by the caller (`nameProblem`), which knows the other files of its folder.
    static func open(
        _ file: SourceFile, allowedKeys: [String], frontMatterRequired: Bool = true
    ) -> (EntryFile?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let key = keyOfFile(at: file.path)
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

    /// The error for a file whose name is not a valid key, or nil. `siblingKeys` are the keys of the files
    /// of its folder: when the right name is taken (`Omar-Sy.md` beside `omar-sy.md`), renaming is no fix.
    static func nameProblem(at path: String, siblingKeys: Set<String>) -> Diagnostic? {
        let key = keyOfFile(at: path)
        guard !Slug.isValid(key) else { return nil }
        let suggestion = Slug.make(from: key)
        let location = SourceLocation(path: path)
        if suggestion.isEmpty {
            return .error(
                at: location, "file name '\(key).md' is not a valid key", code: "invalid-file-name",
                hint: "use lowercase ASCII letters, digits and hyphens")
        }
        if siblingKeys.contains(suggestion) {
            return .error(
                at: location,
                "file name '\(key).md' is not a valid key, and its key '\(suggestion)' is taken by \(suggestion).md",
                code: "invalid-file-name",
                hint: "keep one of \(key).md and \(suggestion).md (merge them into \(suggestion).md), or give \(key).md another name")
        }
        return .error(
            at: location, "file name '\(key).md' is not a valid key", code: "invalid-file-name",
            hint: "rename the file to '\(suggestion).md'")
    }

    /// `content/profils/marc-missonnier.md` → `marc-missonnier`.
    static func keyOfFile(at path: String) -> String {
        let name = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[path.index(after: $0)...]) } ?? path
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }
}
