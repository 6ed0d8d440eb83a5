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
        ("Élodie", "E"), ("Œdipe", "O"), ("çà", "C"), ("zoé", "Z"), ("2e Regard", "0–9"), ("«Cinéma»", "#"), ("", "#"),
    ])
    func initialsFoldAccents(name: String, letter: String) async {
        #expect(CollationKey(name).initial == letter)
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
                    role: nil, companies: [], accounts: [], website: nil, feed: nil, added: nil, verified: nil, source: nil,
                    draft: false, bio: .empty, sourcePath: "")
            }
            let plain = profiles.sorted { ($0.sortKey, $0.slug) < ($1.sortKey, $1.slug) }
            #expect(FrenchOrder.sorted(profiles).map(\.slug) == plain.map(\.slug))
        }
    }
}
