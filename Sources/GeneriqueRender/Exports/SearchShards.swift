/// How the search index is cut so that a query downloads only what it needs, at any size of guide.
///
/// Each entry is found by the words of its key (folded, see `SearchWords`). A shard holds every entry with a
/// word beginning with the shard's prefix. The prefixes form a tree: the whole index is one shard (prefix
/// "") while it weighs at most `limit` bytes; a heavier one is split by the next letter of its words, again
/// and again, until each part fits. A query word then needs the one shard whose prefix begins it, and an
/// entry matching every word of a query is in the shard of each of them, so the script loads the lightest.
///
/// Words that alone make a shard too heavy ("production" on a guide of 10,000) are listed as `common`
/// instead: no shard for them, since the query needs another word anyway.
struct SearchShards: Equatable {
    /// A shard: its prefix (Unicode scalars of folded words) and its entries, in the index's order.
    struct Shard: Equatable {
        let prefix: String
        let entries: [Int]
    }

    /// A word that too many entries contain to be a shard, with how many do.
    struct CommonWord: Equatable {
        let word: String
        let count: Int
    }

    let shards: [Shard]
    let common: [CommonWord]

    /// The shards of entries with `words` (each entry's folded words) and sizes in bytes (`sizes`), none
    /// heavier than `limit` bytes but those of a single entry; in the order of their prefixes.
    init(words: [[String]], sizes: [Int], limit: Int) {
        var shards: [Shard] = []
        var common: [CommonWord] = []
        var pending = [(prefix: [Unicode.Scalar](), entries: Array(words.indices))]
        while let (prefix, entries) = pending.popLast() {
            if entries.count <= 1 || entries.reduce(0, { $0 + sizes[$1] }) <= limit {
                if !entries.isEmpty {
                    shards.append(Shard(prefix: String(String.UnicodeScalarView(prefix)), entries: entries))
                }
                continue
            }
            var exact: [Int] = []
            var children: [Unicode.Scalar: [Int]] = [:]
            for entry in entries {
                var next = Set<Unicode.Scalar>()
                for word in words[entry] {
                    let scalars = Array(word.unicodeScalars)
                    guard scalars.starts(with: prefix) else { continue }
                    if scalars.count == prefix.count {
                        if exact.last != entry { exact.append(entry) }
                    } else {
                        next.insert(scalars[prefix.count])
                    }
                }
                for scalar in next { children[scalar, default: []].append(entry) }
            }
            if exact.reduce(0, { $0 + sizes[$1] }) > limit {
                common.append(
                    CommonWord(word: String(String.UnicodeScalarView(prefix)), count: exact.count))
            }
            // Entries keep their order within each child (appended while walking `entries` in order).
            for (scalar, members) in children { pending.append((prefix + [scalar], members)) }
        }
        self.shards = shards.sorted {
            $0.prefix.unicodeScalars.lexicographicallyPrecedes($1.prefix.unicodeScalars)
        }
        self.common = common.sorted {
            $0.word.unicodeScalars.lexicographicallyPrecedes($1.word.unicodeScalars)
        }
    }

    /// The file name of the shard of `prefix`: the prefix itself when it is ASCII letters and digits (most
    /// are), else `_` and the hexadecimal of its UTF-8 bytes; `_` alone for the whole index.
    static func fileName(_ prefix: String) -> String {
        let isPlain =
            !prefix.isEmpty
            && prefix.utf8.allSatisfy { byte in
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                    || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            }
        if isPlain { return prefix + ".json" }
        let hex = prefix.utf8.map { byte in
            String(byte, radix: 16).count == 1 ? "0" + String(byte, radix: 16) : String(byte, radix: 16)
        }
        return "_" + hex.joined() + ".json"
    }
}
