/// A body's headings placed below the page's own: the page has its `<h1>` (and a bio sits under a section
/// heading), so a `# Titre` in a body must not be a second `<h1>`.
enum HeadingLevels {
    /// New levels for headings given with their written levels: each distinct written level, in increasing
    /// order, becomes the next level from `top` (at most 6), so the body keeps its own order without
    /// skipping a level — written `#` and `###` become `top` and `top + 1`.
    static func demoted<Node>(_ headings: [(Node, Int)], to top: Int) -> [(Node, Int)] {
        let written = Set(headings.map(\.1)).sorted()
        let placed = Dictionary(uniqueKeysWithValues: written.enumerated().map { ($0.element, min(6, top + $0.offset)) })
        return headings.compactMap { node, level in placed[level] == level ? nil : (node, placed[level] ?? level) }
    }
}
