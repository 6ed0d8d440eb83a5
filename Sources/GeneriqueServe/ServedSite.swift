import GeneriqueCore

/// The site as the server currently shows it: the files of the last build that succeeded, and the state of
/// the latest build. A value: each rebuild publishes a new one.
public struct ServedSite: Sendable {
    /// Counts published versions; pages carry it so that a tab loaded just before a rebuild still reloads.
    public let generation: Int
    /// The files of the last successful build, by output path.
    public let files: [String: [UInt8]]
    /// The path the site is served under, `/` or `/guide/`.
    public let basePath: String
    /// The problems of the latest build; with an error, pages show them instead of the site.
    public let diagnostics: [Diagnostic]
    /// Whether any build has finished yet.
    public let isReady: Bool

    /// Whether the latest build failed.
    public var hasErrors: Bool { diagnostics.containsErrors }

    /// Before the first build.
    static let starting = ServedSite(generation: 0, files: [:], basePath: "/", diagnostics: [], isReady: false)

    /// The next version after a rebuild; `nil` when nothing a reader could see has changed.
    func next(after result: LiveBuildResult) -> ServedSite? {
        let files = result.files ?? self.files
        guard !isReady || files != self.files || result.diagnostics != diagnostics || result.basePath != basePath
        else { return nil }
        return ServedSite(
            generation: generation + 1, files: files, basePath: result.basePath, diagnostics: result.diagnostics,
            isReady: true)
    }
}
