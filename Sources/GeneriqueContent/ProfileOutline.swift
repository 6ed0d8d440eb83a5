import GeneriqueCore
import GeneriqueMarkdown

/// What a profile file gives every page but its own, as a digest: everything it parses into — the profile,
/// its diagnostics, its links to other profiles and to follow files — except the HTML of its bio, which only its own page shows,
/// and, for a profile outside the Atom feed, its bio's summary (which then only its own page's description
/// shows). Whether that HTML is empty is part of it: a template section over it is entered or not, as before.
///
/// Two parses with the same outline differ at most in those: a build whose only changes are such files can
/// render just their pages and keep every other file of the previous build. Their pages reach the same
/// template tags as before, so the previous build's check of the templates holds for them.
public struct ProfileOutline: Sendable, Hashable, BinaryCodable {
    /// Digest of the parse with the bio's HTML, and its summary unless `withSummary`, left out.
    public let digest: ContentDigest
    /// Whether the summary is part of it: the profile is in the feed.
    public let withSummary: Bool

    init(_ parsed: ParsedContentFile, withSummary: Bool) {
        var writer = BinaryWriter(reservingCapacity: 1024)
        if case .profile(var profile) = parsed.entry {
            let bio = profile.profile.bio
            profile.profile.bio = RenderedText(html: bio.html.isEmpty ? "" : "<p></p>", summary: withSummary ? bio.summary : "")
            writer.write(
                ParsedContentFile(
                    entry: .profile(profile), diagnostics: parsed.diagnostics, profileLinks: parsed.profileLinks,
                    followFileLinks: parsed.followFileLinks))
        } else {
            writer.write(parsed)
        }
        digest = ContentDigest(of: writer.bytes)
        self.withSummary = withSummary
    }

    public func encode(to writer: inout BinaryWriter) {
        writer.write(digest)
        writer.write(withSummary)
    }

    public init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        digest = try reader.read()
        withSummary = try reader.read()
    }
}

extension ContentParseCache {
    /// The digest of each content file's bytes (but `site.yml`), by path.
    public var sourceDigests: [String: ContentDigest] { entries.mapValues(\.digest) }

    /// The outline of each profile file the cache holds, by path, with the summary for the files at
    /// `summaryPaths` (the feed's); `known` gives outlines already made, by path and digest of the bytes, so
    /// that only files parsed since, or which entered or left the feed, are outlined again.
    public func profileOutlines(
        withSummaryOf summaryPaths: Set<String>, reusing known: [String: (source: ContentDigest, outline: ProfileOutline)]
    ) async -> [String: ProfileOutline] {
        let profiles = entries.filter { path, _ in path.hasPrefix("content/profils/") }.sorted { $0.key < $1.key }
        let outlines = await Parallel.map(profiles, chunkSize: 256) { path, entry in
            let withSummary = summaryPaths.contains(path)
            if let kept = known[path], kept.source == entry.digest, kept.outline.withSummary == withSummary {
                return kept.outline
            }
            return ProfileOutline(entry.parsed, withSummary: withSummary)
        }
        return Dictionary(uniqueKeysWithValues: zip(profiles.map(\.key), outlines))
    }
}

/// Parses profile files one at a time, exactly as `ContentLoader.load` parses them within a tree of the
/// files at `paths` (in any order) under `config`: the same link targets, base path and raw-HTML policy.
public struct ProfileFileParser: Sendable {
    private let bodies: BodyRenderer

    /// A parser for the site whose files are at `paths`.
    public init(amongFilesAt paths: [String], config: SiteConfig) {
        bodies = BodyRenderer(
            markdown: MarkdownRenderer(allowRawHTML: config.unsafeHTML),
            links: ContentLinks(paths: ContentLinks.sourcePaths(of: paths), basePath: config.basePath))
    }

    /// The profile of `file` with its outline (`withSummary` as in the outline it is compared with); nil when
    /// the file does not parse into a profile, or has errors (only a whole load reports those).
    public func parse(_ file: SourceFile, withSummary: Bool) -> (profile: Profile, outline: ProfileOutline)? {
        let parsed = ParsedContentFile.parse(file, bodies: bodies)
        guard case .profile(let profile) = parsed.entry, !parsed.diagnostics.containsErrors else { return nil }
        return (profile.profile, ProfileOutline(parsed, withSummary: withSummary))
    }
}
