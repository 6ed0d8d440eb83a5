import GeneriqueCore
import GeneriqueIndex

/// `/recherche/index.json`, what the search page's script looks through: for each profile its name, what
/// the card says (role or métiers, sociétés), its URL, and one folded key — accents, ligatures and case
/// removed by the same folding as slugs, words split at apostrophes and dashes — so that "elodie" finds
/// "Élodie" and "d'annecy" finds "d’Annecy" without any library in the browser.
enum SearchIndex {
    static func document(_ index: SiteIndex, urls: SiteURLs) -> String {
        // Labels and names of groups are shared by thousands of profiles: folded once each.
        let foldedMetiers = index.metiersByKey.mapValues { TextFolding.foldForSearch($0.label) }
        let foldedSocietes = index.societesByKey.mapValues { TextFolding.foldForSearch($0.name) }
        let entries = index.profiles.map { profile -> JSONValue in
            let metiers = profile.professions.compactMap { index.metiersByKey[$0]?.label }
            let societes = profile.companies.compactMap { index.societesByKey[$0]?.name }
            let summary = profile.role ?? metiers.joined(separator: ", ")
            let about = ([summary] + societes).filter { !$0.isEmpty }.joined(separator: " — ")
            let key = [TextFolding.foldForSearch(profile.name), TextFolding.foldForSearch(profile.role ?? "")]
                + profile.professions.compactMap { foldedMetiers[$0] } + profile.companies.compactMap { foldedSocietes[$0] }
            return .object([
                ("name", .string(profile.name)),
                ("about", .string(about)),
                ("url", .string(urls.profile(profile.slug))),
                ("key", .string(key.joined(separator: " "))),
            ])
        }
        return JSONValue.array(entries).rendered() + "\n"
    }
}
