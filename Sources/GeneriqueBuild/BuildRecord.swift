import Foundation
import GeneriqueContent
import GeneriqueCore
import GeneriqueRender

/// What the last successful build read and made, kept beside the output folder as
/// `.<name>.build.generique-cache`, so that the next one can tell — from file stamps, without reading the
/// site — that only some profiles' bios changed, and then make just their pages (`QuickRebuild`).
///
/// Removed before a build publishes and saved after, so a record always describes the published site; it also names the output's manifest file, which changes with every publish. Like the
/// caches, a record that is missing, damaged, or written by another program or with other options is
/// ignored: the build is then a whole one.
struct BuildRecord: Sendable {
    /// One file of `content/` or `templates/`.
    struct Source: Sendable {
        /// `SourceReader`'s stamp: inode, size, modification and change times. Empty when the file changed
        /// too close to the build for its stamp to prove anything (see `racyWindow`).
        var stamp: [Int]
        /// Digest of its bytes: a file whose stamp changed is read, and unchanged if its digest is.
        var digest: ContentDigest
        /// For a profile file: what its page and the others are made from.
        var profile: Profile?
    }

    /// A profile file.
    struct Profile: Sendable {
        /// What other pages see of it.
        var outline: ProfileOutline
        /// Its page's inputs but the profile (`PreparedPage.profileRecord`); nil for a draft left out. A slice
        /// of the record's bytes when read from a file: most are never looked at.
        var pageInputs: ArraySlice<UInt8>?
    }

    /// `--base-url`, `--drafts`, `--strict` and the day: a record holds only for a build with the same
    /// options, on the same day (its warnings about future and stale dates, replayed by a quick rebuild, depend on it).
    var options: [String]
    /// The configuration the build used (`site.yml`, `--base-url` applied).
    var config: SiteConfig
    /// What every profile page shares (`PageRenderer.sharedProfileRecord`).
    var sharedPageInputs: [UInt8]
    /// Every diagnostic of the build (warnings only: it succeeded), reported again by a quick rebuild.
    var diagnostics: [Diagnostic]
    /// The summary line's counts.
    var statistics: BuildStatistics
    /// Every file read, by path in the tree.
    var sources: [String: Source]
    /// The stamp of the published site's manifest file: another publish since means another site. Nil in a
    /// record made before publishing, until `save` gives it.
    var outputManifest: FileStamp?

    /// The options of `options` as a record compares them.
    static func options(of options: BuildOptions) -> [String] {
        [
            options.baseURL ?? "", options.includeDrafts ? "drafts" : "", options.strict ? "strict" : "",
            options.today?.iso ?? "",
        ]
    }

    /// The stamp to record for a file (`SourceReader.stamp(of:)`) in a build started at `start` (seconds
    /// since the epoch): none for a file changed within `racyWindow` of it.
    static func recordable(_ stamp: [Int], startedAt start: Int) -> [Int] {
        guard stamp.count == 6, max(stamp[2], stamp[4]) < start - racyWindow else { return [] }
        return stamp
    }

    /// Stamps this recent (in seconds, before the build started) are not recorded: a file written again within
    /// the filesystem's clock tick may keep its modification time, so only its bytes can tell.
    static let racyWindow = 2
}

extension BuildRecord {
    private static let magic = Array("generique build record 1\n".utf8)

    /// The record's path for `output`.
    static func path(for output: URL) -> String {
        ProgramFile.path(beside: output, suffix: ".build.generique-cache")
    }

    /// The record saved for `output` by `program`, or nil.
    static func read(for output: URL, program: ContentDigest) -> BuildRecord? {
        guard let payload = ProgramFile.read(path(for: output), magic: magic, program: program) else { return nil }
        var reader = BinaryReader(payload)
        return try? BuildRecord(from: &reader)
    }

    /// Whether there is a file where the record of `output` would be.
    static func exists(for output: URL) -> Bool {
        access(path(for: output), F_OK) == 0
    }

    /// Removes the record of `output`: call it before publishing.
    static func remove(for output: URL) {
        unlink(path(for: output))
    }

    /// The record's bytes but its last field, the published manifest's stamp, known only once the build
    /// published: they can be made meanwhile.
    func payloadBeforePublishing() -> BinaryWriter {
        var payload = BinaryWriter(reservingCapacity: 1 << 20)
        encode(to: &payload)
        return payload
    }

    /// Saves a `payloadBeforePublishing()` for `output`, completed with the published manifest's stamp. Call it
    /// while holding the output's lock, after publishing.
    static func save(
        _ payloadBeforePublishing: BinaryWriter, outputManifest: FileStamp, for output: URL, program: ContentDigest
    ) {
        var payload = payloadBeforePublishing
        payload.write(outputManifest.inode)
        payload.write([outputManifest.size, outputManifest.seconds, outputManifest.nanoseconds])
        ProgramFile.save(payload.bytes, to: path(for: output), magic: magic, program: program)
    }

    private func encode(to writer: inout BinaryWriter) {
        writer.write(options)
        writer.write(config)
        writer.writeBytes(sharedPageInputs)
        writer.write(diagnostics)
        let counts = statistics
        writer.write([
            counts.profiles, counts.metiers, counts.societes, counts.neverVerified, counts.pages, counts.files,
            counts.contentFiles,
        ])
        writer.writeVarint(UInt64(sources.count))
        for (path, source) in sources {
            writer.write(path)
            writer.write(source.stamp)
            writer.write(source.digest)
            // 0: not a profile; 1: a profile without a page; 2: a profile and its page's inputs.
            guard let profile = source.profile else {
                writer.writeVarint(0)
                continue
            }
            writer.writeVarint(profile.pageInputs == nil ? 1 : 2)
            writer.write(profile.outline)
            if let inputs = profile.pageInputs { writer.writeBytes(inputs) }
        }
    }

    private init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        options = try reader.read()
        config = try reader.read()
        sharedPageInputs = try reader.readBytes()
        diagnostics = try reader.read()
        let counts: [Int] = try reader.read()
        guard counts.count == 7 else { throw BinaryFormatError() }
        statistics = BuildStatistics(
            profiles: counts[0], metiers: counts[1], societes: counts[2], neverVerified: counts[3], pages: counts[4],
            files: counts[5], contentFiles: counts[6])
        let sourceCount = try reader.readCount()
        sources = Dictionary(minimumCapacity: sourceCount)
        for _ in 0..<sourceCount {
            let path: String = try reader.read()
            var source = Source(stamp: try reader.read(), digest: try reader.read())
            switch try reader.readVarint() {
            case 0: break
            case 1: source.profile = Profile(outline: try reader.read(), pageInputs: nil)
            case 2: source.profile = Profile(outline: try reader.read(), pageInputs: try reader.readByteSlice())
            default: throw BinaryFormatError()
            }
            sources[path] = source
        }
        let inode: UInt64 = try reader.read()
        let stamp: [Int] = try reader.read()
        guard stamp.count == 3 else { throw BinaryFormatError() }
        outputManifest = FileStamp(inode: inode, size: stamp[0], seconds: stamp[1], nanoseconds: stamp[2])
        guard reader.isAtEnd else { throw BinaryFormatError() }
    }
}

extension BuildRecord {
    /// The record of a whole build (without the published manifest's stamp), or nil when one cannot be
    /// trusted: a symbolic link among the sources (a file would then have two paths), a file without a stamp.
    /// Outlines are made only for profile files whose bytes changed since `previous`.
    static func make(
        options: BuildOptions, tree: SourceTree, stamps: SourceStamps, startedAt start: Int, cache: ContentParseCache,
        previous: BuildRecord?, renderer: PageRenderer, profilePages: [String: [UInt8]],
        diagnostics: [Diagnostic], statistics: BuildStatistics
    ) async -> BuildRecord? {
        guard !stamps.sawLink else { return nil }
        let digests = cache.sourceDigests
        var known: [String: (source: ContentDigest, outline: ProfileOutline)] = [:]
        for (path, source) in previous?.sources ?? [:] {
            if let profile = source.profile { known[path] = (source.digest, profile.outline) }
        }
        let outlines = await cache.profileOutlines(withSummaryOf: renderer.feedSourcePaths, reusing: known)
        var sources: [String: Source] = Dictionary(minimumCapacity: tree.files.count)
        for file in tree.files {
            guard let stamp = stamps.byPath[file.path] else { return nil }
            sources[file.path] = Source(
                stamp: recordable(stamp, startedAt: start), digest: digests[file.path] ?? ContentDigest(of: file.bytes),
                profile: outlines[file.path].map { Profile(outline: $0, pageInputs: profilePages[file.path]?[...]) })
        }
        return BuildRecord(
            options: Self.options(of: options), config: renderer.config, sharedPageInputs: renderer.sharedProfileRecord,
            diagnostics: diagnostics, statistics: statistics, sources: sources)
    }
}
