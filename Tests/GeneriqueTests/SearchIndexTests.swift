import Foundation
import GeneriqueCore
import GeneriqueIndex
import Testing

@testable import GeneriqueRender

/// The search index in shards: every entry is in the shard each of its words leads to, no shard is heavier
/// than the limit, and the files say what the script reads.
@Suite struct SearchIndexTests {
    /// What the search page's script does with a query word (`shardFor` in `recherche.js`): the shard whose
    /// prefix begins it, or none when the word is too broad (it begins a longer prefix or a common word).
    private func lookup(_ word: String, in shards: SearchShards) -> SearchShards.Shard?? {
        if let shard = shards.shards.first(where: {
            word.unicodeScalars.starts(with: $0.prefix.unicodeScalars)
        }) {
            return .some(shard)
        }
        let broader =
            shards.shards.contains { $0.prefix.unicodeScalars.starts(with: word.unicodeScalars) }
            || shards.common.contains { $0.word.unicodeScalars.starts(with: word.unicodeScalars) }
        return broader ? .some(nil) : nil
    }

    @Test func everyPrefixOfEveryWordLeadsToAShardWithItsEntryOrIsTooBroad() {
        var generator = SplitMix(seed: 18)
        let letters = Array("aabeeilmnorstuzé0ж".unicodeScalars)
        for round in 0..<200 {
            let count = Int.random(in: 1...120, using: &generator)
            let words = (0..<count).map { _ in
                (0..<Int.random(in: 1...4, using: &generator)).map { _ in
                    String(
                        String.UnicodeScalarView(
                            (0..<Int.random(in: 1...7, using: &generator)).map { _ in
                                letters.randomElement(using: &generator)!
                            }))
                }
            }
            let sizes = (0..<count).map { _ in Int.random(in: 10...200, using: &generator) }
            let limit = Int.random(in: 150...3_000, using: &generator)
            let shards = SearchShards(words: words, sizes: sizes, limit: limit)
            for shard in shards.shards {
                #expect(
                    shard.entries.count == 1 || shard.entries.reduce(0) { $0 + sizes[$1] } <= limit,
                    "round \(round)")
                #expect(shard.entries == shard.entries.sorted(), "entries keep the index's order")
                let others = shards.shards.filter { $0.prefix != shard.prefix }
                #expect(
                    !others.contains { $0.prefix.unicodeScalars.starts(with: shard.prefix.unicodeScalars) })
            }
            for (entry, entryWords) in words.enumerated() {
                for word in entryWords {
                    let scalars = Array(word.unicodeScalars)
                    for length in 1...scalars.count {
                        let prefix = String(String.UnicodeScalarView(scalars.prefix(length)))
                        let found = lookup(prefix, in: shards)
                        #expect(found != nil, "round \(round): '\(prefix)' of '\(word)' finds nothing")
                        if case .some(.some(let shard)) = found {
                            #expect(
                                shard.entries.contains(entry), "round \(round): '\(prefix)' misses entry \(entry)")
                        }
                    }
                }
            }
        }
    }

    @Test func aLightIndexIsOneShardForEveryQuery() {
        let shards = SearchShards(
            words: [["elodie", "berard"], ["marc"]], sizes: [100, 100], limit: 1_000)
        #expect(shards.shards == [SearchShards.Shard(prefix: "", entries: [0, 1])])
        #expect(shards.common == [])
    }

    @Test func aWordTooManyEntriesShareIsCommon() {
        let words = (0..<50).map { ["production", "nom\($0)"] }
        let shards = SearchShards(words: words, sizes: Array(repeating: 100, count: 50), limit: 1_000)
        #expect(shards.common == [SearchShards.CommonWord(word: "production", count: 50)])
        #expect(lookup("produc", in: shards) == .some(nil), "too broad, not nothing")
        #expect(lookup("nom12", in: shards)??.entries.contains(12) == true)
    }

    @Test func wordsAreFoldedRunsOfLettersAndDigits() {
        #expect(SearchIndex.words("Festival d’Annecy") == ["festival", "d", "annecy"])
        #expect(
            SearchIndex.words("« Zoom » (officiel), 2e Regard") == ["zoom", "officiel", "2e", "regard"])
        #expect(SearchIndex.words("Jean‑Pierre — Léaud") == ["jean", "pierre", "leaud"])
        #expect(
            SearchIndex.words("Œdipe L’Atelier\u{A0}: studio") == ["oedipe", "l", "atelier", "studio"])
        #expect(
            SearchIndex.words("Dʼannecy") == ["d", "annecy"],
            "ʼ is a letter to Unicode but an apostrophe here")
    }

    @Test func fileNamesAreSafeAndDistinct() {
        #expect(SearchShards.fileName("") == "_.json")
        #expect(SearchShards.fileName("ma") == "ma.json")
        #expect(SearchShards.fileName("2e") == "2e.json")
        #expect(SearchShards.fileName("ж") == "_d0b6.json")
        #expect(SearchShards.fileName("\u{1}") == "_01.json")
    }
}
