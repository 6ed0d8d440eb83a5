import Foundation
import GeneriqueContent
import GeneriqueCore

/// The parse cache of `build`, kept beside the output folder as `.<name>.generique-cache` so that a one-off
/// build after another parses again only the content files whose bytes changed.
///
/// Neither reading nor saving can fail a build: the cache only saves time, and any file that is missing,
/// unreadable, damaged or written by another program reads as an empty cache (everything gets parsed).
enum ParseCacheFile {
    /// The cache's path for `output`.
    static func path(for output: URL) -> String {
        ProgramFile.path(beside: output, suffix: ".generique-cache")
    }

    /// The cache saved for `output` by `program`, or an empty one. Read with `pread`, a chunk at a time:
    /// not mapped, since a file truncated by someone else meanwhile would then crash the build.
    static func read(for output: URL, program: ContentDigest) async -> ContentParseCache {
        // Non-blocking, so that a FIFO in its place cannot hang the build.
        let descriptor = open(path(for: output), O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return ContentParseCache() }
        defer { close(descriptor) }
        let cache = await ContentParseCache(program: program) { offset, count in
            FileSystemCalls.readExactly(descriptor, at: offset, count: count)
        }
        return cache ?? ContentParseCache()
    }

    /// Saves `cache` for `output`: written to a temporary file, then renamed over the previous cache, so a
    /// reader never sees half a file. Call it while holding the output's lock (a `StagingFolder`): two builds
    /// then never write the same temporary file. Nothing is synced to disk: after a crash a file that lost
    /// its end fails its checksums and is ignored.
    static func save(_ cache: ContentParseCache, for output: URL, program: ContentDigest) async {
        let path = path(for: output)
        // The temporary name also ends in `.generique-cache`, so one left by a killed build is ignored by git.
        let temporary = String(path.dropLast(".generique-cache".count)) + ".tmp.generique-cache"
        FileSystemCalls.replaceFile(path, with: await cache.serialized(program: program), through: temporary)
    }
}
