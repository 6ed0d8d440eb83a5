import GeneriqueCore
@testable import GeneriqueIndex
import PropertyBased
import Testing

@Suite struct CollationTests {
    private func sorted(_ names: [String]) -> [String] {
        names.map { (CollationKey($0), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
    }

    @Test func accentsAndCaseOnlyBreakTies() async {
        #expect(sorted(["Emile", "Élodie", "elodie", "Eric", "Edgar"]) == ["Edgar", "elodie", "Élodie", "Emile", "Eric"])
    }

    @Test func ligaturesSortAsTwoLetters() async {
        #expect(sorted(["Oz", "Œdipe", "Odile", "Oeil"]) == ["Odile", "Œdipe", "Oeil", "Oz"])
    }

    @Test func digitsCompareAsNumbers() async {
        #expect(sorted(["Festival 10", "Festival 9", "Festival 100"]) == ["Festival 9", "Festival 10", "Festival 100"])
    }

    @Test func sortNamesWithCommasSortByFamilyName() async {
        #expect(sorted(["Missonnier, Marc", "Missonnier-Dubois, Anne", "Martin, Zoé"])
            == ["Martin, Zoé", "Missonnier, Marc", "Missonnier-Dubois, Anne"])
    }

    @Test(arguments: [
        ("Élodie", "E"), ("Œdipe", "O"), ("çà", "C"), ("zoé", "Z"), ("2e Regard", "0–9"), ("«Cinéma»", "C"),
        ("«\u{A0}Les Inrockuptibles\u{A0}»", "L"), ("’Tis Pity", "T"), ("(Re)voir", "R"), ("...", "#"), ("中国", "#"), ("", "#"),
    ])
    func initialsFoldAccents(name: String, letter: String) async {
        #expect(CollationKey(name).initial == letter)
    }

    @Test func punctuationIsIgnoredAtTheFirstLevel() async {
        #expect(
            sorted(["Festival du court métrage de Clermont-Ferrand", "Festival d’Annecy", "Festival de Cannes"])
                == ["Festival d’Annecy", "Festival de Cannes", "Festival du court métrage de Clermont-Ferrand"])
        #expect(sorted(["« Zoom »", "Abel", "’Mia"]) == ["Abel", "’Mia", "« Zoom »"])
        #expect(sorted(["Saint-Exupéry", "Sainte Anne", "Saint Denis"]) == ["Saint Denis", "Sainte Anne", "Saint-Exupéry"])
        // Spaces still separate words: "La Fontaine" before "Lafont".
        #expect(sorted(["Lafont, Zoé", "La Fontaine, Jean"]) == ["La Fontaine, Jean", "Lafont, Zoé"])
        // Punctuation only breaks ties, after accents.
        #expect(sorted(["d’Arc", "Darc", "dArc"]) == ["Darc", "dArc", "d’Arc"])
        #expect(sorted(["Festival 10", "Festival n°9", "Festival «9»"]) == ["Festival «9»", "Festival 10", "Festival n°9"])
    }

    /// Inserting punctuation anywhere in a name — apostrophes, quotes, dashes, periods, brackets — leaves its
    /// primary key as it was (seeded, so a failure can be replayed).
    @Test func insertedPunctuationLeavesThePrimaryKey() async {
        let letters: [Character] = Array("abeoEOzZéÉèœŒçÇ 0123456789") + ["e\u{301}", "\u{A0}"]
        let punctuation: [Character] = (TextFolding.apostrophes + TextFolding.dashes).map { Character($0) }
            + Array("«»“”„‹›\"'.,;:!?…()[]{}/&*#%@·‚")
        var generator = SplitMix(seed: 4)
        for _ in 0..<3_000 {
            var name = (0..<Int.random(in: 0...12, using: &generator)).map { _ in letters.randomElement(using: &generator)! }
            let plain = String(name)
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                name.insert(punctuation.randomElement(using: &generator)!, at: Int.random(in: 0...name.count, using: &generator))
            }
            let punctuated = String(name)
            #expect(CollationKey(punctuated).primary == CollationKey(plain).primary, "\(plain.debugDescription) → \(punctuated)")
        }
    }

    @Test func orderIsTotalAndConsistent() async {
        let name = Gen<Character?>.element(of: Array("abeoEOzZéÉèœŒ 0123456789,-")).map { $0! }.string(of: 0...12)
        await propertyCheck(count: 300, input: name, name) { first, second in
            let lhs = CollationKey(first)
            let rhs = CollationKey(second)
            // Exactly one of <, >, == holds, and == only for identical text.
            let relations = [lhs < rhs, rhs < lhs, lhs == rhs].filter { $0 }.count
            #expect(relations == 1)
            #expect((lhs == rhs) == (first.trimmingWhitespace() == second.trimmingWhitespace()))
        }
    }

    /// The index's fast sort (bytes for ASCII primary keys) gives exactly the order of the plain comparison,
    /// including decomposed accents (NFD "é"), which are not ASCII and take the full comparison.
    @Test func fastProfileOrderEqualsThePlainComparison() async {
        let name = Gen<Character?>.element(of: Array("abeoEOzZéÉèœŒ 019,-") + ["e\u{301}"]).map { $0! }.string(of: 0...8)
        await propertyCheck(count: 200, input: name.array(of: 2...40)) { names in
            let profiles = names.enumerated().map { index, name in
                Profile(
                    slug: "p\(index % 7)-\(index)", name: name, sortKey: CollationKey(name), kind: .person, professions: [],
                    role: nil, companies: [], accounts: [], website: nil, feed: nil, added: nil, verified: nil, sources: [],
                    draft: false, bio: .empty, sourcePath: "")
            }
            let plain = profiles.sorted { ($0.sortKey, $0.slug) < ($1.sortKey, $1.slug) }
            #expect(FrenchOrder.sorted(profiles).map(\.slug) == plain.map(\.slug))
        }
    }
}
