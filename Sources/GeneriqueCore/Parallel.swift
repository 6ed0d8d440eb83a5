/// Data parallelism with structured concurrency: the stages' per-item work spread over every core.
public enum Parallel {
    /// `items.map(transform)`, computed in chunks on the cooperative thread pool; results keep the input order.
    /// Chunks amortise task overhead; small inputs run inline.
    public static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], chunkSize: Int = 64, _ transform: @escaping @Sendable (Item) -> Result
    ) async -> [Result] {
        guard items.count > chunkSize else { return items.map(transform) }
        let chunkCount = (items.count + chunkSize - 1) / chunkSize
        return await withTaskGroup(of: (Int, [Result]).self) { group in
            for chunk in 0..<chunkCount {
                let range = chunk * chunkSize..<min(items.count, (chunk + 1) * chunkSize)
                group.addTask { (chunk, items[range].map(transform)) }
            }
            var chunks = [[Result]](repeating: [], count: chunkCount)
            for await (chunk, results) in group { chunks[chunk] = results }
            return chunks.flatMap { $0 }
        }
    }
}
