import GeneriqueCore
import GeneriqueIndex

/// `/recherche/index.json`, what the search page's script looks through: for each profile its name, what
/// the card says (role or métiers, sociétés), its URL, and one folded key — accents, ligatures and case
/// removed by the same folding as slugs — so that "elodie" finds "Élodie" without any library in the browser.
enum SearchIndex {
    static func document(_ index: SiteIndex, urls: SiteURLs) -> String {
        let entries = index.profiles.map { profile -> JSONValue in
            let metiers = profile.professions.compactMap { index.metiersByKey[$0]?.label }
            let societes = profile.companies.compactMap { index.societesByKey[$0]?.name }
            let searchable = [profile.name, profile.role ?? ""] + metiers + societes
            let summary = profile.role.map { FrenchTypography.apply(to: $0) } ?? metiers.joined(separator: ", ")
            let about = ([summary] + societes).filter { !$0.isEmpty }.joined(separator: " — ")
            return .object([
                ("name", .string(profile.name)),
                ("about", .string(about)),
                ("url", .string(urls.profile(profile.slug))),
                ("key", .string(TextFolding.fold(searchable.joined(separator: " ")))),
            ])
        }
        return JSONValue.array(entries).rendered() + "\n"
    }
}
