import Foundation
import GeneriqueBuild
import GeneriqueContent
import GeneriqueCore
import GeneriqueRender

/// What one rebuild of `serve` produced: the site's files in memory, or the problems that stopped it.
public struct LiveBuildResult: Sendable {
    /// Every file of the site by output path (`profils/x/index.html`); nil when there was an error.
    public let files: [String: [UInt8]]?
    /// The path the site is served under, `/` or `/guide/` (from the last build that got that far).
    public let basePath: String
    /// Every problem found, sorted.
    public let diagnostics: [Diagnostic]
    /// Pages rendered again by this rebuild (the others were unchanged and reused).
    public let renderedPages: Int
}

/// Rebuilds a site in memory after a change, doing again only what the change can affect: content files
/// whose bytes changed are parsed again, and pages whose view model and templates are unchanged keep their
/// previous bytes. The output is byte for byte what `build` writes.
public struct LiveBuild: Sendable {
    private let root: URL
    private let baseURL: String?
    private let includeDrafts: Bool
    private var stamps = SourceStamps()
    private var parseCache = ContentParseCache()
    private var memo = RenderMemo()
    private var pages: [String: (fingerprint: UInt64, bytes: [UInt8])] = [:]
    private var basePath = "/"

    /// A builder of the site in `root`; `baseURL` (normalised) replaces the one in `site.yml`.
    public init(root: URL, baseURL: String?, includeDrafts: Bool) {
        self.root = root
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
    }

    /// Reads the sources again and rebuilds what changed since the previous call.
    public mutating func rebuild() async -> LiveBuildResult {
        let tree: SourceTree
        let readDiagnostics: [Diagnostic]
        do {
            (tree, readDiagnostics) = try SourceReader.read(root: root, stamps: &stamps)
        } catch {
            return failure([.error(at: SourceLocation(path: root.path), error.message, code: "unreadable-root", hint: error.hint)])
        }
        let prepared = await SiteGenerator.prepare(tree, baseURL: baseURL, includeDrafts: includeDrafts, cache: &parseCache, memo: memo)
        let diagnostics = (readDiagnostics + prepared.diagnostics).sorted()
        guard let renderer = prepared.renderer, !diagnostics.containsErrors else { return failure(diagnostics) }
        basePath = renderer.basePath

        let previous = pages
        let memo = self.memo
        let jobs = renderer.jobs
        let checked = await Parallel.map(jobs, chunkSize: 32) { renderer.prepare($0, memo: memo) }
        var current = [String: (fingerprint: UInt64, bytes: [UInt8])](minimumCapacity: checked.count)
        var changed: [PreparedPage] = []
        for (job, page) in zip(jobs, checked) {
            if let kept = previous[page.path], kept.fingerprint == page.fingerprint {
                current[page.path] = kept
            } else {
                // The memo and the pages are recorded by the same builds, so a page the memo proved unchanged is
                // always kept; preparing it here only guards against the two ever disagreeing.
                changed.append(page.prepared ?? renderer.prepare(job))
            }
        }
        let rendered = await Parallel.map(changed, chunkSize: 16) { renderer.render($0) }
        for (page, file) in zip(changed, rendered) { current[page.path] = (page.fingerprint, file.bytes) }
        pages = current
        self.memo = renderer.memo(recording: checked)

        var files = current.mapValues(\.bytes)
        for asset in renderer.assets { files[asset.path] = asset.bytes }
        return LiveBuildResult(files: files, basePath: basePath, diagnostics: diagnostics, renderedPages: changed.count)
    }

    private func failure(_ diagnostics: [Diagnostic]) -> LiveBuildResult {
        LiveBuildResult(files: nil, basePath: basePath, diagnostics: diagnostics, renderedPages: 0)
    }
}
