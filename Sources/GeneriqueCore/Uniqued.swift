extension Sequence where Element: Hashable {
    /// The elements in their first order, each once: `[b, a, b]` → `[b, a]`.
    public func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}

extension Sequence {
    /// The elements in their first order, the first of each group with equal `key` kept:
    /// `["Ab", "b", "ab"]` by lowercase → `["Ab", "b"]`.
    public func uniqued<Key: Hashable>(by key: (Element) -> Key) -> [Element] {
        var seen: Set<Key> = []
        return filter { seen.insert(key($0)).inserted }
    }
}
