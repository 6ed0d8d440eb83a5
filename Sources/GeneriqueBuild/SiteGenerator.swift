import GeneriqueContent
import GeneriqueCore
import GeneriqueIndex
import GeneriqueRender

/// The pipeline in memory: source tree in, pages and diagnostics out. No disk access, so `build`, `check`,
/// tests and `serve` all share it.
public enum SiteGenerator {
    /// A site ready to render: every check done, nothing rendered yet.
    public struct Prepared: Sendable {
        /// Renders the pages; nil when there was an error.
        public let renderer: PageRenderer?
        /// Every problem found in content and templates, sorted.
        public let diagnostics: [Diagnostic]
        /// Counts for the summary line.
        public let statistics: BuildStatistics
    }

    /// What a whole run produced, with every page in memory (tests and small sites).
    public struct Result: Sendable {
        /// The site's files, when there was no error.
        public let files: [OutputFile]?
        /// Every problem found in content and templates, sorted.
        public let diagnostics: [Diagnostic]
        /// Counts for the summary line.
        public let statistics: BuildStatistics
    }

    /// Reads content and templates (checked against the views when they load) and builds the index. `today`
    /// is the date that `added` and `verified` may not be later than by more than a day, nor `verified` older
    /// than by `stale_after` days (nil: not checked).
    public static func prepare(
        _ tree: SourceTree, baseURL: String? = nil, includeDrafts: Bool = false, today: LocalDate? = nil
    ) async -> Prepared {
        var cache = ContentParseCache()
        return await prepare(
            tree, baseURL: baseURL, includeDrafts: includeDrafts, today: today, cache: &cache, memo: RenderMemo())
    }

    /// Like `prepare`, parsing only the content files that changed since the run that filled `cache`, and
    /// rendering only the profile cards that changed since the run `memo` comes from.
    public static func prepare(
        _ tree: SourceTree, baseURL: String?, includeDrafts: Bool, today: LocalDate? = nil,
        cache: inout ContentParseCache, memo: RenderMemo
    ) async -> Prepared {
        async let templateLoading = TemplateSet.load(from: tree, reusing: memo.templates)
        let loaded = await ContentLoader.load(
            tree, baseURLOverride: baseURL, includeDrafts: includeDrafts, today: today, cache: &cache)
        let (templates, templateDiagnostics) = await templateLoading
        let diagnostics = (loaded.diagnostics + templateDiagnostics).sorted()
        guard let content = loaded.content, let templates, !diagnostics.containsErrors else {
            return Prepared(renderer: nil, diagnostics: diagnostics, statistics: BuildStatistics())
        }
        let index = SiteIndex(content: content, includeDrafts: includeDrafts)
        let renderer = await PageRenderer(templates: templates, index: index, memo: memo)
        let jobs = renderer.jobs
        let neverVerified = index.profiles.count { $0.verified == nil } + index.societes.count { $0.societe.verified == nil }
        let statistics = BuildStatistics(
            profiles: index.profiles.count, metiers: index.metiers.count, societes: index.societes.count,
            neverVerified: neverVerified, pages: jobs.count, files: jobs.count + renderer.assets.count)
        return Prepared(renderer: renderer, diagnostics: diagnostics, statistics: statistics)
    }

    /// Prepares and renders every page, in parallel, into memory.
    public static func generate(
        _ tree: SourceTree, baseURL: String? = nil, includeDrafts: Bool = false, today: LocalDate? = nil
    ) async -> Result {
        let prepared = await prepare(tree, baseURL: baseURL, includeDrafts: includeDrafts, today: today)
        guard let renderer = prepared.renderer else {
            return Result(files: nil, diagnostics: prepared.diagnostics, statistics: prepared.statistics)
        }
        let pages = await Parallel.map(renderer.jobs, chunkSize: 16) { renderer.render($0) }
        return Result(files: pages + renderer.assets, diagnostics: prepared.diagnostics, statistics: prepared.statistics)
    }
}

/// Counts shown in the summary line.
public struct BuildStatistics: Sendable, Hashable {
    /// Published profiles.
    public var profiles = 0
    /// Métiers.
    public var metiers = 0
    /// Sociétés.
    public var societes = 0
    /// Published profiles and sociétés without a `verified` date.
    public var neverVerified = 0
    /// HTML pages written.
    public var pages = 0
    /// All files of the site, assets included.
    public var files = 0
    /// Files identical to the previous build's, linked instead of rewritten.
    public var unchanged = 0
    /// Files of `content/` (but `site.yml`) read by the build.
    public var contentFiles = 0
    /// How many of them were parsed; the others came from the parse cache.
    public var parsedFiles = 0
}
