import GeneriqueCore

/// `content/metiers/<key>.md` → `Metier`.
enum MetierParser {
    static let allowedKeys = ["title", "label", "order", "wikidata_occupations"]

    static func parse(_ file: SourceFile) -> ((Metier, PendingBody)?, [Diagnostic]) {
        let (opened, openDiagnostics) = EntryFile.open(file, allowedKeys: allowedKeys)
        guard var entry = opened else { return (nil, openDiagnostics) }
        let title = entry.fields.text("title", required: true)
        let label = entry.fields.text("label", required: true)
        let order = entry.fields.int("order", required: true)
        let occupations = entry.fields.wikidataItems("wikidata_occupations")
        let diagnostics = openDiagnostics + entry.fields.diagnostics
        // Kept with stand-ins when fields have errors, so its body is still checked (the build stops anyway).
        let metier = Metier(
            key: entry.key, title: title ?? entry.key, label: label ?? entry.key, order: order ?? 0, description: .empty,
            wikidataOccupations: occupations, sourcePath: file.path)
        return ((metier, entry.body), diagnostics)
    }
}
