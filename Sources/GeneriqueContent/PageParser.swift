import GeneriqueCore

/// `content/pages/<slug>.md` → `FreePage`, and `content/index.md` → the home introduction.
enum PageParser {
    static let allowedKeys = ["title", "description"]

    static func parse(_ file: SourceFile) -> ((FreePage, PendingBody)?, [Diagnostic]) {
        let (opened, openDiagnostics) = EntryFile.open(file, allowedKeys: allowedKeys)
        guard var entry = opened else { return (nil, openDiagnostics) }
        let title = entry.fields.text("title", required: true)
        let description = entry.fields.text("description")
        let diagnostics = openDiagnostics + entry.fields.diagnostics
        // Kept with a stand-in title when fields have errors, so its body is still checked.
        let page = FreePage(
            slug: entry.key, title: title ?? entry.key, description: description, body: .empty, sourcePath: file.path)
        return ((page, entry.body), diagnostics)
    }

    /// The home introduction: front matter optional; it may only hold a meta `description`.
    static func parseIntro(_ file: SourceFile) -> ((HomeIntro, PendingBody)?, [Diagnostic]) {
        let (opened, openDiagnostics) = EntryFile.open(file, allowedKeys: ["description"], frontMatterRequired: false)
        guard var entry = opened else { return (nil, openDiagnostics) }
        let description = entry.fields.text("description")
        let diagnostics = openDiagnostics + entry.fields.diagnostics
        return ((HomeIntro(description: description), entry.body), diagnostics)
    }
}
