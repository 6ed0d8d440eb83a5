import GeneriqueCore

/// `content/profils/<slug>.md` → `Profile`, with the positions of its references for cross-checking.
enum ProfileParser {
    static let allowedKeys = [
        "name", "sort_name", "kind", "professions", "role", "companies", "accounts", "website", "feed", "wikidata",
        "added",
        "verified", "confirmed", "source", "draft",
    ]

    /// A parsed profile, where each métier and société reference and each account's handle was written, and
    /// where its dates are (checked against the day of the build once parsed: a cached parse must not freeze
    /// "today").
    struct Parsed {
        var profile: Profile
        let professionLocations: [SourceLocation]
        let companyLocations: [SourceLocation]
        /// One per account of `profile.accounts`, in its order.
        let accountLocations: [SourceLocation]
        let addedLocation: SourceLocation?
        let verifiedLocation: SourceLocation?
    }

    /// The profile, with its bio still to render, like the other parsers' results.
    static func parse(_ file: SourceFile) -> ((Parsed, PendingBody)?, [Diagnostic]) {
        let (opened, openDiagnostics) = EntryFile.open(file, allowedKeys: allowedKeys)
        guard var entry = opened else { return (nil, openDiagnostics) }
        let name = entry.fields.text("name", required: true)
        let sortName = entry.fields.string("sort_name")
        let kindText = entry.fields.string("kind")
        let kind = kindText.map { ProfileKind(rawValue: $0) } ?? .person
        if let kindText, kind == nil {
            entry.fields.report(
                at: "kind", "unknown kind '\(kindText)'", code: "unknown-kind",
                hint: Suggestion.hint(for: kindText, in: ["person", "organization"])
                    ?? "use 'person' (the default) or 'organization'")
        }
        let professions = entry.fields.stringList("professions", required: true) ?? []
        let role = entry.fields.text("role")
        let companies = entry.fields.stringList("companies") ?? []
        let accounts = entry.fields.confirmedAccounts()
        let website = entry.fields.url("website")
        let feed = entry.fields.url("feed")
        let wikidata = entry.fields.wikidataItem()
        let added = entry.fields.date("added")
        let verified = entry.fields.date("verified")
        let sources = entry.fields.sources()
        let draft = entry.fields.bool("draft") ?? false
        var diagnostics = openDiagnostics + entry.fields.diagnostics
        let verifiedLocation = verified.flatMap { _ in entry.fields.valueLocation("verified") }
        if let added, let verified, verified < added, let verifiedLocation {
            diagnostics.append(
                .warning(
                    at: verifiedLocation, "'verified' (\(verified.iso)) is before 'added' (\(added.iso))",
                    code: "verified-before-added",
                    hint: "the accounts cannot have been checked before the entry was added: fix one of the dates"))
        }
        // With errors the build stops anyway; the profile is kept with stand-ins so that its references and
        // body links are still checked and reported in the same run.
        let displayName = name ?? entry.key
        let profile = Profile(
            slug: entry.key, name: displayName, sortKey: CollationKey(sortName ?? displayName), kind: kind ?? .person,
            professions: professions.map(\.text), role: role, companies: companies.map(\.text),
            accounts: accounts.map(\.account),
            website: website, feed: feed, wikidata: wikidata, added: added, verified: verified, sources: sources, draft: draft,
            bio: .empty, sourcePath: file.path)
        let parsed = Parsed(
            profile: profile, professionLocations: professions.map(\.location),
            companyLocations: companies.map(\.location), accountLocations: accounts.map(\.location),
            addedLocation: added.flatMap { _ in entry.fields.valueLocation("added") }, verifiedLocation: verifiedLocation)
        return ((parsed, entry.body), diagnostics)
    }
}
