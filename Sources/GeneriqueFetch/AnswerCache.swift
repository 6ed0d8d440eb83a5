import Foundation

/// Answers of earlier runs of a command that goes online (`verify`'s results, Wikidata's items), in a file
/// beside `content/`: reused while younger than `--max-age`, so that a run right after another sends no
/// request for what it already knows. Never reused across program versions or `--resolve` mappings (the
/// `context`), which may answer differently; the caller keeps only answers that say something lasting.
public struct AnswerCache<Value: Codable & Sendable>: Sendable {
    /// An answer and when it was received.
    public struct Stored: Codable, Sendable {
        public let result: Value
        public let checkedAt: Date
    }

    private struct File: Codable {
        let format: Int
        let context: String
        let results: [String: Stored]
    }

    private let context: String
    private var results: [String: Stored]

    /// An empty cache for `context` (the program's version and its `--resolve` mappings).
    public init(context: String) {
        self.context = context
        results = [:]
    }

    /// The cache in `file`; empty when there is none, or it cannot be read, or it was written in another
    /// context.
    public static func load(_ file: URL, context: String) -> AnswerCache {
        var cache = AnswerCache(context: context)
        guard let data = try? Data(contentsOf: file),
            let stored = try? JSONDecoder.cache.decode(File.self, from: data), stored.format == 1, stored.context == context
        else { return cache }
        cache.results = stored.results
        return cache
    }

    /// The answer for `key`, when received less than `maxAge` before `now`.
    public func fresh(_ key: String, maxAge: Duration, now: Date) -> Stored? {
        guard let stored = results[key], stored.checkedAt <= now,
            now.timeIntervalSince(stored.checkedAt) < Double(maxAge.components.seconds)
        else { return nil }
        return stored
    }

    /// Keeps `result` for `key`, received at `now`.
    public mutating func store(_ result: Value, for key: String, at now: Date) {
        results[key] = Stored(result: result, checkedAt: now)
    }

    /// Writes the results younger than `maxAge` to `file`, atomically (a new file renamed over the old).
    public func save(_ file: URL, maxAge: Duration, now: Date) throws {
        let kept = results.filter { now.timeIntervalSince($0.value.checkedAt) < Double(maxAge.components.seconds) }
        let data = try JSONEncoder.cache.encode(File(format: 1, context: context, results: kept))
        try data.write(to: file, options: .atomic)
    }
}

extension JSONEncoder {
    fileprivate static var cache: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }
}

extension JSONDecoder {
    fileprivate static var cache: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
