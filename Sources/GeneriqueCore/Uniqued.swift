extension Sequence where Element: Hashable {
    /// The elements in their first order, each once: `[b, a, b]` → `[b, a]`.
    public func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}
