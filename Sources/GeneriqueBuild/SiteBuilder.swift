import Foundation
import GeneriqueContent
import GeneriqueCore
import GeneriqueRender

/// What the user asked a build for.
public struct BuildOptions: Sendable {
    /// The site's root folder (holding `content/` and `templates/`).
    public var root: URL
    /// The output folder.
    public var output: URL
    /// Replaces `baseURL` from `site.yml` (already normalised).
    public var baseURL: String?
    /// Whether drafts are published.
    public var includeDrafts: Bool
    /// `false` for `check`: validate everything, write nothing.
    public var writesOutput: Bool
    /// `--strict`: warnings count as errors.
    public var strict: Bool
    /// The day of the build (the command line gives the current UTC date): `added` or `verified` more than
    /// a day after it, or `verified` more than `stale_after` days before it, is a warning. Nil: not checked.
    public var today: LocalDate?
    /// Called once if another build holds the output folder and this one has to wait for it.
    public var onWaitingForOtherBuild: @Sendable () -> Void
    /// Called as the build goes, for progress displays and timings.
    public var onProgress: @Sendable (BuildProgress) -> Void

    /// Creates options.
    public init(
        root: URL, output: URL, baseURL: String? = nil, includeDrafts: Bool = false, writesOutput: Bool = true,
        strict: Bool = false, today: LocalDate? = nil, onWaitingForOtherBuild: @escaping @Sendable () -> Void = {},
        onProgress: @escaping @Sendable (BuildProgress) -> Void = { _ in }
    ) {
        self.root = root
        self.output = output
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
        self.writesOutput = writesOutput
        self.strict = strict
        self.today = today
        self.onWaitingForOtherBuild = onWaitingForOtherBuild
        self.onProgress = onProgress
    }
}

/// How far a build is.
public enum BuildProgress: Sendable, Equatable {
    /// `content/` and `templates/` read.
    case read
    /// The files whose stamps changed read, and found to change only bios: a quick rebuild follows, which
    /// makes only those profiles' pages (no `read`, `parseCacheRead` or `checked`).
    case quickRebuildPlanned
    /// The previous build's parse cache read, which started with the sources (only when writing output).
    case parseCacheRead
    /// Sources parsed and checked; nothing rendered yet.
    case checked
    /// `done` of `total` pages rendered and written to the staging folder.
    case rendered(done: Int, total: Int)
    /// The new output replaced the old one.
    case published
    /// The parse cache (when anything was parsed) and the render memo (when it changed) saved for the next build.
    case cachesSaved
}

/// What a build did.
public struct BuildReport: Sendable {
    /// Every problem found, sorted; the build published nothing if one is an error.
    public let diagnostics: [Diagnostic]
    /// Counts for the summary line (zero when nothing was built).
    public let statistics: BuildStatistics
    /// The configuration the site was built with (`site.yml`, `--base-url` applied); nil when nothing was.
    public var config: SiteConfig? = nil
    /// Whether the site was generated (and, unless checking, published).
    public var succeeded: Bool { !diagnostics.containsErrors }
}

/// read → parse → index → render → write, from disk to disk.
public enum SiteBuilder {
    /// Pages rendered (in parallel) and written per step: bounds memory to a batch of pages, not the site.
    static let batchSize = 512

    /// Runs a build. Content problems come back as diagnostics; the output folder is left untouched when
    /// there is any error. Only failures unrelated to content (unreadable root, unwritable output) throw.
    public static func build(_ options: BuildOptions) async throws(BuildFailure) -> BuildReport {
        if options.writesOutput {
            try OutputPlacement.check(output: options.output, root: options.root)
            try SiteWriter.checkReplaceable(options.output.standardizedFileURL)
        }
        let started = Int(time(nil))
        // Only a build keeps caches and a record (`check` writes nothing, not even beside the output).
        let program = options.writesOutput ? ProgramIdentity.current() : nil
        var record: BuildRecord? = nil
        if let program, BuildRecord.exists(for: options.output) {
            // The published site is locked and checked while the record is read and the sources compared with it.
            async let opening = openPatch(options, program: program)
            record = BuildRecord.read(for: options.output, program: program)
            var quick: QuickRebuild? = nil
            if let record, record.outputManifest != nil { quick = await QuickRebuild.plan(options, record: record, startedAt: started) }
            if var patch = try await opening.get() {
                defer { patch.release() }
                if let quick, patch.manifestStamp == record?.outputManifest {
                    options.onProgress(.quickRebuildPlanned)
                    return try await quick.publish(into: &patch, options: options, program: program)
                }
            }
        }
        return try await wholeBuild(options, program: program, record: record, startedAt: started)
    }

    /// Reads and parses everything (but what the parse cache holds), renders what changed, publishes.
    private static func wholeBuild(
        _ options: BuildOptions, program: ContentDigest?, record: BuildRecord?, startedAt started: Int
    ) async throws(BuildFailure) -> BuildReport {
        // The parse cache is read while the sources are: reading them mostly waits on the file system,
        // decoding it is computing.
        async let savedCache = readCache(for: options.output, program: program)
        var stamps = SourceStamps()
        let (tree, readDiagnostics) = try await SourceReader.read(root: options.root, stamps: &stamps)
        options.onProgress(.read)
        var cache = await savedCache
        if program != nil { options.onProgress(.parseCacheRead) }
        let prepared = await SiteGenerator.prepare(
            tree, baseURL: options.baseURL, includeDrafts: options.includeDrafts, today: options.today, cache: &cache,
            memo: RenderMemo())
        var diagnostics = (readDiagnostics + prepared.diagnostics).sorted()
        if options.strict {
            diagnostics = diagnostics.map { Diagnostic(.error, at: $0.location, $0.message, code: $0.code, hint: $0.hint) }
        }
        guard let renderer = prepared.renderer, !diagnostics.containsErrors else {
            return BuildReport(diagnostics: diagnostics, statistics: BuildStatistics())
        }
        options.onProgress(.checked)
        // `check` stops here: rendering cannot find new problems once the templates are checked.
        var statistics = prepared.statistics
        statistics.contentFiles = cache.count
        statistics.parsedFiles = cache.parsedCount
        guard options.writesOutput else {
            return BuildReport(diagnostics: diagnostics, statistics: statistics, config: renderer.config)
        }
        var staging = try await StagingFolder(for: options.output, program: program, onWait: options.onWaitingForOtherBuild)
        defer { staging.release() }
        var profilePages: [String: [UInt8]] = [:]
        let jobs = renderer.jobs
        for start in stride(from: 0, to: jobs.count, by: batchSize) {
            let batch = Array(jobs[start..<min(jobs.count, start + batchSize)])
            // A page whose view model and templates are unchanged is not rendered again.
            let prepared = await Parallel.map(batch, chunkSize: 32) { renderer.prepare($0) }
            var toRender: [PreparedPage] = []
            for page in prepared {
                if program != nil, let (path, inputs) = page.profileRecord { profilePages[path] = inputs }
                if !staging.reuse(page.path, view: page.fingerprint) { toRender.append(page) }
            }
            let pages = await Parallel.map(toRender, chunkSize: 16) { renderer.render($0) }
            try await staging.write(pages, views: toRender.map(\.fingerprint))
            options.onProgress(.rendered(done: start + batch.count, total: jobs.count))
        }
        try await staging.write(renderer.assets)
        BuildRecord.remove(for: options.output)
        try await staging.publish()
        options.onProgress(.published)
        if let program {
            // The record first, and its memory freed before the parse cache is serialised: made while
            // publishing, it raised the peak at 50,000 profiles by 50 MiB.
            if let written = staging.manifestWritten,
                let made = await BuildRecord.make(
                    options: options, tree: tree, stamps: stamps, startedAt: started, cache: cache, previous: record,
                    renderer: renderer, profilePages: profilePages, diagnostics: diagnostics, statistics: statistics)
            {
                BuildRecord.save(made.payloadBeforePublishing(), outputManifest: written, for: options.output, program: program)
            }
            profilePages = [:]
            // A build that parsed nothing found every file in the cache file already there.
            if cache.parsedCount > 0 { await ParseCacheFile.save(cache, for: options.output, program: program) }
            options.onProgress(.cachesSaved)
        }
        statistics.unchanged = staging.unchangedCount
        let config = renderer.config
        freeInBackground((consume tree, consume cache, consume stamps, consume prepared, consume renderer))
        return BuildReport(diagnostics: diagnostics, statistics: statistics, config: config)
    }

    /// Lets a task on another thread free `values`. A build's model and caches are millions of small objects:
    /// freeing them on this thread delayed the report by a tenth of a second at 10,000 profiles, on one core;
    /// a process that exits meanwhile leaves them to the system.
    private static func freeInBackground<Values: Sendable>(_ values: consuming Values) {
        Task.detached(priority: .utility) { withExtendedLifetime(values) {} }
    }

    /// The published site, locked and checked for a quick rebuild (waiting for another build to release it).
    private static func openPatch(_ options: BuildOptions, program: ContentDigest) async -> Result<OutputPatch?, BuildFailure> {
        do {
            return .success(try await OutputPatch.open(options.output, program: program, onWait: options.onWaitingForOtherBuild))
        } catch {
            return .failure(error)
        }
    }

    /// The parse cache saved beside `output` by `program`; an empty one without a program.
    private static func readCache(for output: URL, program: ContentDigest?) async -> ContentParseCache {
        guard let program else { return ContentParseCache() }
        return await ParseCacheFile.read(for: output, program: program)
    }
}
