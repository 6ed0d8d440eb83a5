import GeneriqueContent
import GeneriqueCore
import GeneriqueIndex
import GeneriqueRender

/// The whole pipeline in memory: source tree in, output files and diagnostics out. No disk access, so
/// `build`, `check`, tests and (later) `serve` all share it.
public enum SiteGenerator {
    /// What one run of the pipeline produced.
    public struct Result: Sendable {
        /// The site's files, when there was no error.
        public let files: [OutputFile]?
        /// Every problem found in content and templates, sorted.
        public let diagnostics: [Diagnostic]
        /// Counts for the summary line.
        public let statistics: BuildStatistics
    }

    /// Runs read-validated content and templates through index and render.
    public static func generate(_ tree: SourceTree, baseURL: String? = nil, includeDrafts: Bool = false) -> Result {
        let loaded = ContentLoader.load(tree, baseURLOverride: baseURL, includeDrafts: includeDrafts)
        let (templates, templateDiagnostics) = TemplateSet.load(from: tree)
        let diagnostics = (loaded.diagnostics + templateDiagnostics).sorted()
        guard let content = loaded.content, let templates, !diagnostics.containsErrors else {
            return Result(files: nil, diagnostics: diagnostics, statistics: BuildStatistics())
        }
        let index = SiteIndex(content: content, includeDrafts: includeDrafts)
        let (files, renderDiagnostics) = PageRenderer(templates: templates).render(index)
        let allDiagnostics = (diagnostics + renderDiagnostics).sorted()
        guard !allDiagnostics.containsErrors else {
            return Result(files: nil, diagnostics: allDiagnostics, statistics: BuildStatistics())
        }
        let statistics = BuildStatistics(
            profiles: index.profiles.count, metiers: index.metiers.count, societes: index.societes.count,
            pages: files.filter { $0.path.hasSuffix(".html") }.count, files: files.count)
        return Result(files: files, diagnostics: allDiagnostics, statistics: statistics)
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
    /// HTML pages written.
    public var pages = 0
    /// All files written, assets included.
    public var files = 0
}
