import GeneriqueCore
import GeneriqueIndex

/// What the search page's script looks through: `/recherche/index.json`, a small table of contents, and the
/// shards of `/recherche/mots/` it names (see `SearchShards`), each loaded when a query needs it.
///
/// The table of contents holds the métiers themselves (twenty at most, matched in the browser), where
/// profile and société pages live, the shards with their sizes, and the words too common to choose a shard.
/// A shard holds profiles as `[name, slug, about, [métier positions]]` — `about` is what the card says (role
/// or métiers, sociétés) — and sociétés as `[name, key, kind, member count]`. An entry is found by the words
/// of its name and about and its métiers' labels, a société by those of its name, "Société" and its kind.
/// The script folds and splits text as `words(_:)` does, so "elodie" finds "Élodie" and "d'annecy" finds
/// "d’Annecy" without any library in the browser.
enum SearchIndex {
    /// The heaviest shard, in bytes: with the search page, its style and script (about 30 KB), a first
    /// answer stays well under the 150 KB a reader on a phone should download for it.
    static let shardLimit = 40_000

    /// The table of contents and the shards.
    static func files(_ index: SiteIndex, urls: SiteURLs) -> [OutputFile] {
        let metierPositions = Dictionary(
            uniqueKeysWithValues: index.metiers.enumerated().map { ($1.metier.key, $0) })
        let profiles = index.profiles.map { profile in profileEntry(profile, index, metierPositions) }
        let societes = index.societes.map { group in societeEntry(group, urls) }
        let entries = profiles + societes
        let shards = SearchShards(
            words: entries.map(\.words), sizes: entries.map { $0.json.utf8.count + 1 }, limit: shardLimit)
        let folder = SitePaths.searchShards + "/"
        var files = shards.shards.map { shard in
            // Positions below the profiles' count are profiles, the others sociétés.
            let people = shard.entries.filter { $0 < profiles.count }.map { entries[$0].json }
            let companies = shard.entries.filter { $0 >= profiles.count }.map { entries[$0].json }
            return OutputFile(
                path: folder + SearchShards.fileName(shard.prefix),
                text: "{\"profiles\":[" + people.joined(separator: ",") + "],\"societes\":["
                    + companies.joined(separator: ",")
                    + "]}\n")
        }
        let contents: JSONValue = .object([
            ("version", .number(2)),
            ("profiles", .string(urls.profiles)),
            ("societes", .string(urls.societes)),
            ("shards", .string(urls.basePath + folder)),
            (
                "metiers",
                .array(
                    index.metiers.map { group in
                        .array([
                            .string(group.metier.label), .string(group.metier.title),
                            .string(urls.metier(group.metier.key)), .number(group.members.count),
                        ])
                    })
            ),
            (
                "words",
                .array(
                    zip(shards.shards, files).map { shard, file in
                        .array([
                            .string(shard.prefix), .string(SearchShards.fileName(shard.prefix)),
                            .number(file.bytes.count),
                        ])
                    })
            ),
            ("common", .array(shards.common.map { .array([.string($0.word), .number($0.count)]) })),
        ])
        files.append(OutputFile(path: SitePaths.searchIndex, text: contents.rendered() + "\n"))
        return files
    }

    /// The words a text is found by: folded (accents, ligatures and case removed, apostrophes and dashes made
    /// spaces), then cut into runs of letters and digits — every other character separates words.
    static func words(_ text: String) -> [String] {
        TextFolding.foldForSearch(text).unicodeScalars
            .split { !isWordScalar($0) }
            .map { String(String.UnicodeScalarView($0)) }
    }

    /// Letters and digits of every script (Unicode's L and N categories, `\p{L}\p{N}` in the script).
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber,
            .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    private struct Entry {
        let json: String
        let words: [String]
    }

    private static func profileEntry(
        _ profile: Profile, _ index: SiteIndex, _ metierPositions: [String: Int]
    ) -> Entry {
        let metiers = profile.professions.compactMap { index.metiersByKey[$0]?.label }
        let societes = profile.companies.compactMap { index.societesByKey[$0]?.name }
        let summary = profile.role ?? metiers.joined(separator: ", ")
        let about = ([summary] + societes).filter { !$0.isEmpty }.joined(separator: " — ")
        let json = JSONValue.array([
            .string(profile.name), .string(profile.slug), .string(about),
            .array(profile.professions.compactMap { metierPositions[$0] }.map(JSONValue.number)),
        ]).rendered()
        return Entry(json: json, words: uniqueWords([profile.name, about] + metiers))
    }

    private static func societeEntry(_ group: SocieteGroup, _ urls: SiteURLs) -> Entry {
        let societe = group.societe
        let json = JSONValue.array([
            .string(societe.name), .string(societe.key), .string(societe.kind.label),
            .number(group.members.count),
        ]).rendered()
        return Entry(json: json, words: uniqueWords([societe.name, "Société", societe.kind.label]))
    }

    private static func uniqueWords(_ texts: [String]) -> [String] {
        var seen = Set<String>()
        return texts.flatMap(words).filter { seen.insert($0).inserted }
    }
}
