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
    /// How long each phase took, in order, for `serve --verbose`.
    public var phases: [(name: String, duration: Duration)] = []
}

/// Rebuilds a site in memory after a change, doing again only what the change can affect: content files
/// whose bytes changed are parsed again, and pages whose view model and templates are unchanged keep their
/// previous bytes. The output is byte for byte what `build` writes.
public struct LiveBuild: Sendable {
    private let root: URL
    private let baseURL: String?
    private let includeDrafts: Bool
    private let today: @Sendable () -> LocalDate?
    private var stamps = SourceStamps()
    /// The sources of the last read that met no problem, for rereading only the files that changed.
    private var tree: SourceTree?
    private var parseCache = ContentParseCache()
    private var memo = RenderMemo()
    private var pages: [String: (fingerprint: UInt64, bytes: [UInt8])] = [:]
    private var basePath = "/"

    /// A builder of the site in `root`; `baseURL` (normalised) replaces the one in `site.yml`. `today` is
    /// asked at each rebuild, so that a server running past midnight checks dates against the new day (nil:
    /// dates are not checked against the day).
    public init(
        root: URL, baseURL: String?, includeDrafts: Bool, today: @escaping @Sendable () -> LocalDate? = { nil }
    ) {
        self.root = root
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
        self.today = today
    }

    /// Reads the sources again and rebuilds what changed since the previous call. `changed`, when known (the
    /// absolute paths a file watcher reported), lets only those files be read again.
    public mutating func rebuild(changed: Set<String>? = nil) async -> LiveBuildResult {
        var clock = PhaseClock()
        let tree: SourceTree
        var readDiagnostics: [Diagnostic] = []
        let prefix = root.path + "/"
        if let changed, let previous = self.tree, changed.allSatisfy({ $0.hasPrefix(prefix) }),
            let reread = SourceReader.reread(
                Set(changed.map { String($0.dropFirst(prefix.count)) }), in: previous, root: root, stamps: &stamps)
        {
            tree = reread
        } else {
            do {
                (tree, readDiagnostics) = try await SourceReader.read(root: root, stamps: &stamps)
            } catch {
                self.tree = nil
                return failure([.error(at: SourceLocation(path: root.path), error.message, code: "unreadable-root", hint: error.hint)])
            }
        }
        self.tree = readDiagnostics.isEmpty ? tree : nil
        clock.end("read")
        let prepared = await SiteGenerator.prepare(
            tree, baseURL: baseURL, includeDrafts: includeDrafts, today: today(), cache: &parseCache, memo: memo)
        let diagnostics = (readDiagnostics + prepared.diagnostics).sorted()
        guard let renderer = prepared.renderer, !diagnostics.containsErrors else { return failure(diagnostics) }
        basePath = renderer.basePath
        clock.end("load and check")

        let previous = pages
        let memo = renderer.applicable(self.memo)
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
        clock.end("compare pages")
        let rendered = await Parallel.map(changed, chunkSize: 16) { renderer.render($0) }
        for (page, file) in zip(changed, rendered) { current[page.path] = (page.fingerprint, file.bytes) }
        pages = current
        self.memo = renderer.memo(recording: checked)

        var files = current.mapValues(\.bytes)
        for asset in renderer.assets { files[asset.path] = asset.bytes }
        clock.end("render")
        var result = LiveBuildResult(files: files, basePath: basePath, diagnostics: diagnostics, renderedPages: changed.count)
        result.phases = clock.phases
        return result
    }

    private func failure(_ diagnostics: [Diagnostic]) -> LiveBuildResult {
        LiveBuildResult(files: nil, basePath: basePath, diagnostics: diagnostics, renderedPages: 0)
    }
}

/// Times consecutive phases.
private struct PhaseClock {
    private var last = ContinuousClock.now
    private(set) var phases: [(name: String, duration: Duration)] = []

    mutating func end(_ name: String) {
        let now = ContinuousClock.now
        phases.append((name, now - last))
        last = now
    }
}
