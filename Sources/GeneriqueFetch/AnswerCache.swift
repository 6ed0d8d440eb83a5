import Foundation

/// Results of earlier runs, in `.generique-verify-cache` beside `content/`: reused while younger than
/// `--max-age`, so that a run right after another sends no request for what it already knows. Only results
/// that say something lasting are kept (ok, moved, dead): never an unreachable one, and never across program
/// versions or `--resolve` mappings (the `context`), which may check differently.
public struct ResultCache: Sendable {
    /// The file's name, in the site's root folder.
    public static let fileName = ".generique-verify-cache"

    struct Stored: Codable, Sendable {
        let result: CheckResult
        let checkedAt: Date
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
    public static func load(_ file: URL, context: String) -> ResultCache {
        var cache = ResultCache(context: context)
        guard let data = try? Data(contentsOf: file),
            let stored = try? JSONDecoder.cache.decode(File.self, from: data), stored.format == 1, stored.context == context
        else { return cache }
        cache.results = stored.results
        return cache
    }

    /// The result for `key`, when checked less than `maxAge` before `now`.
    func fresh(_ key: String, maxAge: Duration, now: Date) -> Stored? {
        guard let stored = results[key], stored.checkedAt <= now,
            now.timeIntervalSince(stored.checkedAt) < Double(maxAge.components.seconds)
        else { return nil }
        return stored
    }

    /// Keeps `result` for `key`, checked at `now`, when it is worth keeping.
    mutating func store(_ result: CheckResult, for key: String, at now: Date) {
        guard [.ok, .moved, .dead].contains(result.outcome) else { return }
        results[key] = Stored(result: result, checkedAt: now)
    }

    /// Writes the results younger than `maxAge` to `file`, atomically (a new file renamed over the old).
    func save(_ file: URL, maxAge: Duration, now: Date) throws {
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
