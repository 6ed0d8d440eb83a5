import GeneriqueCore

/// `content/societes/<key>.md` → `Societe`, with the positions of its accounts for cross-checking.
enum SocieteParser {
    static let allowedKeys = [
        "name", "sort_name", "kind", "website", "accounts", "wikidata", "confirmed", "verified", "source",
    ]

    /// A parsed société, where each account's handle was written and where its `verified` date is (checked
    /// against the day of the build once parsed, as profiles' dates are).
    struct Parsed {
        var societe: Societe
        /// One per account of `societe.accounts`, in its order.
        let accountLocations: [SourceLocation]
        let verifiedLocation: SourceLocation?
    }

    static func parse(_ file: SourceFile) -> ((Parsed, PendingBody)?, [Diagnostic]) {
        let (opened, openDiagnostics) = EntryFile.open(file, allowedKeys: allowedKeys)
        guard var entry = opened else { return (nil, openDiagnostics) }
        let name = entry.fields.text("name", required: true)
        let sortName = entry.fields.string("sort_name")
        let kindText = entry.fields.string(
            "kind", required: true, expected: SocieteKind.allCases.map(\.rawValue).joined(separator: ", "))
        let kind = kindText.flatMap(SocieteKind.init(rawValue:))
        if let kindText, kind == nil {
            let kinds = SocieteKind.allCases.map(\.rawValue)
            entry.fields.report(
                at: "kind", "unknown kind '\(kindText)'", code: "unknown-kind",
                hint: Suggestion.hint(for: kindText, in: kinds) ?? "kinds: \(kinds.joined(separator: ", "))")
        }
        let website = entry.fields.url("website")
        let accounts = entry.fields.confirmedAccounts()
        let wikidata = entry.fields.wikidataItem()
        let sources = entry.fields.sources()
        let verified = entry.fields.date("verified")
        let diagnostics = openDiagnostics + entry.fields.diagnostics
        // Kept with stand-ins when fields have errors, so its body is still checked (the build stops anyway).
        let societe = Societe(
            key: entry.key, name: name ?? entry.key, sortKey: CollationKey(sortName ?? name ?? entry.key),
            kind: kind ?? .production, website: website,
            accounts: accounts.map(\.account), wikidata: wikidata, sources: sources, verified: verified,
            description: .empty, sourcePath: file.path)
        let parsed = Parsed(
            societe: societe, accountLocations: accounts.map(\.location),
            verifiedLocation: verified.flatMap { _ in entry.fields.valueLocation("verified") })
        return ((parsed, entry.body), diagnostics)
    }
}
