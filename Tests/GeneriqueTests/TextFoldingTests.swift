import Foundation
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

    @Test func searchFoldingSplitsWordsAtEveryApostropheAndDash() async {
        #expect(TextFolding.foldForSearch("Festival d’Annecy") == "festival d annecy")
        #expect(TextFolding.foldForSearch("Ève d'Alembert") == TextFolding.foldForSearch("eve d’alembert"))
        #expect(TextFolding.foldForSearch("Jean‑Pierre — Léaud") == "jean pierre   leaud")
        for separator in TextFolding.apostrophes + TextFolding.dashes {
            #expect(TextFolding.foldForSearch("a\(Character(separator))b") == "a b", "U+\(String(separator.value, radix: 16))")
        }
    }

    /// `recherche.js` folds queries as the index folds its keys: its class of separators is exactly
    /// `TextFolding.apostrophes` and `TextFolding.dashes`, written as `\uXXXX` escapes.
    @Test func searchScriptSplitsAtTheSameCharacters() throws {
        let script = try String(
            contentsOf: TestPaths.packageRoot.appendingPathComponent("templates/assets/recherche.js"), encoding: .utf8)
        let line = try #require(script.split(separator: "\n").first { $0.contains("var separators = /[") })
        let start = try #require(line.range(of: "/["))
        let end = try #require(line.range(of: "]/g", range: start.upperBound..<line.endIndex))
        let escapes = line[start.upperBound..<end.lowerBound].split(separator: "\\", omittingEmptySubsequences: false)
        #expect(escapes.first == "", "the class holds escapes only")
        let scalars = escapes.dropFirst().map { escape -> Unicode.Scalar? in
            guard escape.count == 5, escape.first == "u", let value = UInt32(escape.dropFirst(), radix: 16) else { return nil }
            return Unicode.Scalar(value)
        }
        #expect(scalars == (TextFolding.apostrophes + TextFolding.dashes).map(Optional.some))
    }
}
