import Foundation
import GeneriqueCore

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
    /// Called once if another build holds the output folder and this one has to wait for it.
    public var onWaitingForOtherBuild: @Sendable () -> Void

    /// Creates options.
    public init(
        root: URL, output: URL, baseURL: String? = nil, includeDrafts: Bool = false, writesOutput: Bool = true,
        strict: Bool = false, onWaitingForOtherBuild: @escaping @Sendable () -> Void = {}
    ) {
        self.root = root
        self.output = output
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
        self.writesOutput = writesOutput
        self.strict = strict
        self.onWaitingForOtherBuild = onWaitingForOtherBuild
    }
}

/// What a build did.
public struct BuildReport: Sendable {
    /// Every problem found, sorted; the build published nothing if one is an error.
    public let diagnostics: [Diagnostic]
    /// Counts for the summary line (zero when nothing was built).
    public let statistics: BuildStatistics
    /// Whether the site was generated (and, unless checking, published).
    public var succeeded: Bool { !diagnostics.containsErrors }
}

/// read → parse → index → render → write, from disk to disk.
public enum SiteBuilder {
    /// Runs a build. Content problems come back as diagnostics; the output folder is left untouched when
    /// there is any error. Only failures unrelated to content (unreadable root, unwritable output) throw.
    public static func build(_ options: BuildOptions) throws(BuildFailure) -> BuildReport {
        if options.writesOutput { try SiteWriter.checkReplaceable(options.output.standardizedFileURL) }
        let (tree, readDiagnostics) = try SourceReader.read(root: options.root)
        let result = SiteGenerator.generate(tree, baseURL: options.baseURL, includeDrafts: options.includeDrafts)
        var diagnostics = (readDiagnostics + result.diagnostics).sorted()
        if options.strict {
            diagnostics = diagnostics.map { Diagnostic(.error, at: $0.location, $0.message, code: $0.code, hint: $0.hint) }
        }
        guard let files = result.files, !diagnostics.containsErrors else {
            return BuildReport(diagnostics: diagnostics, statistics: BuildStatistics())
        }
        if options.writesOutput {
            try SiteWriter.publish(files, to: options.output, onWait: options.onWaitingForOtherBuild)
        }
        return BuildReport(diagnostics: diagnostics, statistics: result.statistics)
    }
}
