import GeneriqueCore

/// Checks what single files cannot: references between files and URLs that would collide.
enum ReferenceValidator {
    /// `metierKeys` and `societeKeys` come from the file names, so a métier or société whose own file has
    /// errors does not also make every reference to it an error.
    static func validate(
        metierKeys: Set<String>, societeKeys: Set<String>, profiles: [ProfileParser.Parsed], pages: [FreePage]
    ) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []

        for parsed in profiles {
            let profile = parsed.profile
            for (key, location) in zip(profile.professions, parsed.professionLocations) {
                if !metierKeys.contains(key) {
                    diagnostics.append(
                        .error(
                            at: location, "unknown métier '\(key)'", code: "unknown-profession",
                            hint: Suggestion.hint(for: key, in: metierKeys.sorted())
                                ?? "métiers are the files of content/metiers/"))
                }
            }
            for (key, location) in zip(profile.companies, parsed.companyLocations) {
                if !societeKeys.contains(key) {
                    diagnostics.append(
                        .error(
                            at: location, "unknown société '\(key)'", code: "unknown-company",
                            hint: Suggestion.hint(for: key, in: societeKeys.sorted())
                                ?? "sociétés are the files of content/societes/"))
                }
            }
            diagnostics += repeatedReferences(profile.professions, parsed.professionLocations, field: "professions")
            diagnostics += repeatedReferences(profile.companies, parsed.companyLocations, field: "companies")
        }

        for page in pages where SitePaths.reservedNames.contains(page.slug) {
            diagnostics.append(
                .error(
                    at: SourceLocation(path: page.sourcePath), "page '\(page.slug)' would replace the /\(page.slug)/ section",
                    code: "url-collision", hint: "rename the file; '\(page.slug)' is used by the generator"))
        }
        return diagnostics
    }

    /// Warnings for métiers and sociétés nobody references. Only meaningful once every profile parsed:
    /// a broken profile would otherwise make its groups look empty.
    static func unusedGroups(metiers: [Metier], societes: [Societe], profiles: [Profile]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let usedMetiers = Set(profiles.flatMap(\.professions))
        let usedSocietes = Set(profiles.flatMap(\.companies))
        for metier in metiers where !usedMetiers.contains(metier.key) {
            diagnostics.append(
                .warning(
                    at: SourceLocation(path: metier.sourcePath), "métier '\(metier.key)' has no members",
                    code: "empty-metier", hint: "its page will say that nobody is listed yet"))
        }
        for societe in societes where !usedSocietes.contains(societe.key) {
            diagnostics.append(
                .warning(
                    at: SourceLocation(path: societe.sourcePath), "société '\(societe.key)' is referenced by no profile",
                    code: "unreferenced-company", hint: "add it to a profile's 'companies' list, or remove the file"))
        }
        return diagnostics
    }

    /// An error at each key written again in the list `field`.
    static func repeatedReferences(_ keys: [String], _ locations: [SourceLocation], field: String) -> [Diagnostic] {
        var seen: Set<String> = []
        var diagnostics: [Diagnostic] = []
        for (key, location) in zip(keys, locations) where !seen.insert(key).inserted {
            diagnostics.append(
                .error(at: location, "'\(key)' is listed twice in '\(field)'", code: "duplicate-reference"))
        }
        return diagnostics
    }
}
