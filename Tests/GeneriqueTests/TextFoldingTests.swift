@testable import GeneriqueCore
import PropertyBased
import Testing

/// Folding is shared by slugs, collation and the search index: its table of Latin letters must fold exactly
/// as the decomposition it was made from, in any text.
@Suite struct TextFoldingTests {
    @Test func foldsFrenchLettersAndLigatures() async {
        #expect(TextFolding.fold("Œuvre Élodie") == "oeuvre elodie")
        #expect(TextFolding.fold("ÇA, Straße, Øre, ﬁlm") == "ca, strasse, ore, film")
    }

    @Test func tableFoldEqualsTheDecomposition() async {
        let latin = (0xC0...0x17F).map { Character(Unicode.Scalar(UInt32($0))!) }
        let others: [Character] = ["a", "Z", " ", "-", "'", "9", "e\u{301}", "\u{301}", "Σ", "ﬁ", "İ", "ǅ", "中"]
        let text = Gen<Character?>.element(of: latin + others).map { $0! }.string(of: 0...16)
        await propertyCheck(count: 2_000, input: text) { value in
            #expect(TextFolding.fold(value) == TextFolding.foldedByDecomposition(value))
        }
    }
}
