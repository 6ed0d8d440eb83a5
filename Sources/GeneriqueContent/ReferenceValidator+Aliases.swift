import GeneriqueCore

extension ReferenceValidator {
    /// An alias takes the address of a former page: it may not be the slug of an entry of the same section
    /// (that page exists) nor another entry's alias (one address cannot redirect to two pages).
    static func aliasCollisions(profiles: [ProfileParser.Parsed], societes: [SocieteParser.Parsed]) -> [Diagnostic] {
        collisions(
            section: SitePaths.profiles,
            entries: profiles.map { ($0.profile.slug, $0.profile.sourcePath, zip($0.profile.aliases, $0.aliasLocations)) })
            + collisions(
                section: SitePaths.societes,
                entries: societes.map { ($0.societe.key, $0.societe.sourcePath, zip($0.societe.aliases, $0.aliasLocations)) })
    }

    private static func collisions(
        section: String, entries: [(key: String, path: String, aliases: Zip2Sequence<[String], [SourceLocation]>)]
    ) -> [Diagnostic] {
        let files = Dictionary(entries.map { ($0.key, $0.path) }, uniquingKeysWith: { first, _ in first })
        var taken: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        for entry in entries {
            for (alias, location) in entry.aliases {
                if let file = files[alias] {
                    let message = file == entry.path
                        ? "alias '\(alias)' is this entry's own slug"
                        : "alias '\(alias)' is the address of \(file)"
                    diagnostics.append(
                        .error(
                            at: location, message, code: "alias-collision",
                            hint: "an alias is a former slug that no file of content/\(section)/ has now"))
                } else if let other = taken[alias] {
                    let isRepeated = other == entry.path
                    diagnostics.append(
                        .error(
                            at: location,
                            isRepeated ? "alias '\(alias)' is listed twice" : "alias '\(alias)' is also an alias of \(other)",
                            code: "alias-collision",
                            hint: isRepeated
                                ? "remove one of them"
                                : "/\(section)/\(alias)/ can redirect to one page only: keep the alias on one entry"))
                } else {
                    taken[alias] = entry.path
                }
            }
        }
        return diagnostics
    }
}
