import GeneriqueCore

/// Sorting profiles French-style, fast: a rebuild of `serve` sorts ten thousand of them every time.
enum FrenchOrder {
    /// `profiles` by collation key, then slug (a total order, so the result never depends on the input's
    /// order). Indices are sorted over keys read once, not the profile values themselves. Most pairs already
    /// differ in the folded primary key, which is usually ASCII: such pairs are compared as bytes, which for
    /// ASCII is exactly the Unicode order Swift's `<` uses; every other pair gets the full comparison.
    static func sorted(_ profiles: [Profile]) -> [Profile] {
        let keys = profiles.map(\.sortKey)
        let slugs = profiles.map(\.slug)
        let asciiPrimaries: [[UInt8]?] = keys.map { key in
            let bytes = Array(key.primary.utf8)
            return bytes.allSatisfy { $0 < 0x80 } ? bytes : nil
        }
        return keys.indices.sorted { a, b in
            if let left = asciiPrimaries[a], let right = asciiPrimaries[b], left != right {
                return left.lexicographicallyPrecedes(right)
            }
            return keys[a] != keys[b] ? keys[a] < keys[b] : slugs[a] < slugs[b]
        }.map { profiles[$0] }
    }
}
