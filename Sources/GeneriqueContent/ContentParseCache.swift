import GeneriqueCore

/// The content files of a previous run and what they parsed into, so that a rebuild parses only the files
/// whose bytes changed: `serve` keeps one in memory from save to save, `build` keeps one in a file beside
/// the output folder (`serialized(program:)`).
public struct ContentParseCache: Sendable {
    /// What a body's HTML depends on besides its own file: the base path, the raw-HTML policy, and the paths
    /// that link targets are made from (a file added or removed elsewhere can change how any link resolves).
    struct Key: Sendable, Equatable {
        let basePath: String
        let allowsRawHTML: Bool
        /// Digest of `ContentLinks.sourcePaths`.
        let paths: ContentDigest
    }

    /// One file: the digest of its bytes and what they parsed into.
    struct Entry: Sendable {
        let digest: ContentDigest
        let parsed: ParsedContentFile
    }

    /// Under what the entries were parsed; nil for an empty cache.
    let key: Key?
    /// The link targets the entries were parsed with, reused while the paths stay the same; not saved to
    /// files (nil after reading one): making them again is cheap next to parsing.
    private let links: ContentLinks?
    /// Every file of `content/` but `site.yml`, by path.
    let entries: [String: Entry]
    /// How many of the files the load that filled the cache had to parse; the others were reused.
    public let parsedCount: Int

    /// How many files the cache holds.
    public var count: Int { entries.count }

    /// An empty cache: everything gets parsed.
    public init() {
        self.init(key: nil, links: nil, entries: [:], parsedCount: 0)
    }

    init(key: Key?, links: ContentLinks?, entries: [String: Entry], parsedCount: Int) {
        self.key = key
        self.links = links
        self.entries = entries
        self.parsedCount = parsedCount
    }

    /// Link targets for `paths` (the `ContentLinks.sourcePaths` that `key` digests): the cached ones when
    /// they were made from the same paths and base path.
    func links(for paths: [String], key: Key) -> ContentLinks {
        if let links, let previous = self.key, previous.paths == key.paths, previous.basePath == key.basePath {
            return links
        }
        return ContentLinks(paths: paths, basePath: key.basePath)
    }

    /// The entries, if they were parsed under `key`; none otherwise.
    func entries(for key: Key) -> [String: Entry] {
        self.key == key ? entries : [:]
    }
}
