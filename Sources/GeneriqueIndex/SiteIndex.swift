import GeneriqueCore

/// A métier with its members, sorted French-style.
public struct MetierGroup: Sendable {
    /// The métier.
    public let metier: Metier
    /// Published profiles practising it, sorted.
    public let members: [Profile]
}

/// A société with its members, sorted French-style.
public struct SocieteGroup: Sendable {
    /// The société.
    public let societe: Societe
    /// Published profiles linked to it, sorted.
    public let members: [Profile]
}

/// The sociétés of one kind, for `/societes/`.
public struct SocieteKindSection: Sendable {
    /// The kind.
    public let kind: SocieteKind
    /// Its sociétés, sorted.
    public let societes: [SocieteGroup]
}

/// One section of the A–Z.
public struct LetterSection: Sendable {
    /// "A"…"Z", "0–9" or "#".
    public let letter: String
    /// Profiles filed under the letter, sorted.
    public let profiles: [Profile]
}

/// The site organised for rendering: every group and list already sorted and filtered.
public struct SiteIndex: Sendable {
    /// `site.yml`.
    public let config: SiteConfig
    /// The home introduction.
    public let intro: HomeIntro
    /// Published profiles (drafts only when asked for), sorted French-style on their sort name, then slug.
    public let profiles: [Profile]
    /// Métiers in editorial order (`order`, then key).
    public let metiers: [MetierGroup]
    /// Sociétés sorted French-style.
    public let societes: [SocieteGroup]
    /// Sociétés grouped by kind, kinds in a fixed order, empty kinds left out.
    public let societeKinds: [SocieteKindSection]
    /// The A–Z: "0–9", then A to Z, then "#" for names starting with another sign; empty letters left out.
    public let letters: [LetterSection]
    /// Profiles with an `added` date, newest first, at most `recentLimit`.
    public let recent: [Profile]
    /// Free pages, by slug.
    public let pages: [FreePage]
    /// Display names that more than one published profile carries ("Marie Martin" twice): their pages need
    /// more than the name to have distinct titles.
    public let sharedNames: Set<String>
    /// Métiers by key, for labels and links on profile pages.
    public let metiersByKey: [String: Metier]
    /// Sociétés by key.
    public let societesByKey: [String: Societe]

    /// Every A–Z section, in order, including those without profiles (for the jump bar).
    public static let letterOrder = ["0–9"] + (UInt8(ascii: "A")...UInt8(ascii: "Z")).map { String(UnicodeScalar($0)) } + ["#"]

    /// How many recent profiles the home page shows.
    public static let recentLimit = 12

    /// Builds the index. Output never depends on the order of the input arrays.
    public init(content: SiteContent, includeDrafts: Bool) {
        config = content.config
        intro = content.intro
        let published = content.profiles.filter { includeDrafts || !$0.draft }
        profiles = FrenchOrder.sorted(published)

        metiersByKey = Dictionary(content.metiers.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        societesByKey = Dictionary(content.societes.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })

        var membersByMetier: [String: [Profile]] = [:]
        var membersBySociete: [String: [Profile]] = [:]
        for profile in profiles {
            for key in profile.professions { membersByMetier[key, default: []].append(profile) }
            for key in profile.companies { membersBySociete[key, default: []].append(profile) }
        }
        metiers = content.metiers
            .sorted { ($0.order, $0.key) < ($1.order, $1.key) }
            .map { MetierGroup(metier: $0, members: membersByMetier[$0.key] ?? []) }
        societes = content.societes
            .sorted { ($0.sortKey, $0.key) < ($1.sortKey, $1.key) }
            .map { SocieteGroup(societe: $0, members: membersBySociete[$0.key] ?? []) }
        let societes = self.societes
        societeKinds = SocieteKind.allCases.compactMap { kind in
            let ofKind = societes.filter { $0.societe.kind == kind }
            return ofKind.isEmpty ? nil : SocieteKindSection(kind: kind, societes: ofKind)
        }

        var byLetter: [String: [Profile]] = [:]
        for profile in profiles { byLetter[profile.sortKey.initial, default: []].append(profile) }
        let letters = Self.letterOrder.compactMap { letter in
            byLetter[letter].map { LetterSection(letter: letter, profiles: $0) }
        }
        self.letters = letters

        // Newest first; ties keep collation order, which is the order of `profiles`.
        let sorted = profiles
        let dated = sorted.indices.filter { sorted[$0].added != nil }
            .sorted { sorted[$0].added! != sorted[$1].added! ? sorted[$0].added! > sorted[$1].added! : $0 < $1 }
        recent = dated.prefix(Self.recentLimit).map { sorted[$0] }
        pages = content.pages.sorted { $0.slug < $1.slug }
        var seen: Set<String> = []
        sharedNames = Set(profiles.map(\.name).filter { !seen.insert($0).inserted })
    }
}
