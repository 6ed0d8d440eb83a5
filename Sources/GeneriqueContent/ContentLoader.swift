import GeneriqueCore
import GeneriqueMarkdown

/// The result of loading `content/`: the validated model when there is no error, and every diagnostic.
public struct ContentLoadResult: Sendable {
    /// The model; nil when any error was found.
    public let content: SiteContent?
    /// Every problem found, sorted by file and position.
    public let diagnostics: [Diagnostic]
}

/// Reads every file of `content/` into a validated `SiteContent`, reporting all problems of one run.
public enum ContentLoader {
    /// Folders of `content/` and what each holds.
    static let folders = ["pages", "metiers", "societes", "profils"]

    /// Parses and validates the `content/` part of `tree`. `baseURLOverride` (already normalised) replaces
    /// `baseURL` from `site.yml`; `includeDrafts` decides whether links to drafts are broken.
    public static func load(_ tree: SourceTree, baseURLOverride: String? = nil, includeDrafts: Bool = false) async
        -> ContentLoadResult
    {
        var cache = ContentParseCache()
        return await load(tree, baseURLOverride: baseURLOverride, includeDrafts: includeDrafts, cache: &cache)
    }

    /// Like `load`, parsing again only the files whose bytes differ from those `cache` holds (when links
    /// resolve against the same files as before); `cache` then holds this run's files. `serve` rebuilds
    /// with it after each save.
    public static func load(
        _ tree: SourceTree, baseURLOverride: String?, includeDrafts: Bool, cache: inout ContentParseCache
    ) async -> ContentLoadResult {
        var diagnostics: [Diagnostic] = []
        var config: SiteConfig?
        if let file = tree.file(at: "content/site.yml") {
            let (parsed, found) = SiteConfigParser.parse(file, baseURLOverride: baseURLOverride)
            config = parsed
            diagnostics += found
        } else {
            diagnostics.append(
                .error(
                    at: SourceLocation(path: "content/site.yml"), "missing site configuration", code: "missing-site-config",
                    hint: "create content/site.yml with title, description and baseURL"))
        }

        // Every file on its own, in parallel: links are resolved against the file names, known up front.
        let links = cache.links(for: tree, basePath: config?.basePath ?? "/")
        let bodies = BodyRenderer(markdown: MarkdownRenderer(allowRawHTML: config?.unsafeHTML ?? false), links: links)
        let files = tree.files(under: "content/").filter { file in
            let relative = file.path.dropFirst("content/".count)
            // .DS_Store and editor swap files are not content; site.yml was read above.
            return relative != "site.yml" && !relative.split(separator: "/").contains { $0.hasPrefix(".") }
        }
        let previous = cache.entries(for: bodies)
        let parsedFiles = await Parallel.map(files, chunkSize: 32) { file in
            if let cached = previous[file.path], cached.bytes == file.bytes { return cached.parsed }
            return ParsedContentFile.parse(file, bodies: bodies)
        }
        cache = ContentParseCache(
            bodies: bodies, paths: tree.files.map(\.path),
            entries: Dictionary(uniqueKeysWithValues: zip(files, parsedFiles).map { ($0.path, ($0.bytes, $1)) }))

        var intro = HomeIntro()
        var metiers: [Metier] = []
        var societes: [Societe] = []
        var profiles: [ProfileParser.Parsed] = []
        var pages: [FreePage] = []
        var profileLinks: [ProfileLink] = []
        for parsed in parsedFiles {
            diagnostics += parsed.diagnostics
            profileLinks += parsed.profileLinks
            switch parsed.entry {
            case .intro(let value): intro = value
            case .metier(let value): metiers.append(value)
            case .societe(let value): societes.append(value)
            case .profile(let value): profiles.append(value)
            case .page(let value): pages.append(value)
            case .none: break
            }
        }
        diagnostics += ReferenceValidator.validate(
            metierKeys: links.keys["metiers"] ?? [], societeKeys: links.keys["societes"] ?? [], profiles: profiles,
            pages: pages)
        if !includeDrafts {
            let drafts = Set(profiles.map(\.profile).filter(\.draft).map(\.slug))
            for link in profileLinks where drafts.contains(link.slug) {
                diagnostics.append(
                    .error(
                        at: link.location, "link to the draft profile '\(link.slug)', which this build leaves out",
                        code: "link-to-draft", hint: "publish it (remove 'draft: true') or build with --drafts"))
            }
        }
        let renderedProfiles = profiles.map(\.profile)
        if !diagnostics.containsErrors {
            diagnostics += ReferenceValidator.unusedGroups(metiers: metiers, societes: societes, profiles: renderedProfiles)
        }
        diagnostics.sort()
        guard let config, !diagnostics.containsErrors else {
            return ContentLoadResult(content: nil, diagnostics: diagnostics)
        }
        let content = SiteContent(
            config: config, intro: intro, metiers: metiers, societes: societes, profiles: renderedProfiles, pages: pages)
        return ContentLoadResult(content: content, diagnostics: diagnostics)
    }
}

/// The files of the previous run and what they parsed into, so that a rebuild parses only what changed.
public struct ContentParseCache: Sendable {
    fileprivate typealias Entry = (bytes: [UInt8], parsed: ParsedContentFile)
    private let bodies: BodyRenderer?
    /// Every path of the previous run's tree: the same paths give the same link targets.
    private let paths: [String]
    private let entries: [String: Entry]

    /// An empty cache: everything gets parsed.
    public init() {
        bodies = nil
        paths = []
        entries = [:]
    }

    fileprivate init(bodies: BodyRenderer, paths: [String], entries: [String: Entry]) {
        self.bodies = bodies
        self.paths = paths
        self.entries = entries
    }

    /// The link targets of `tree`: the previous run's when its files had the same paths.
    fileprivate func links(for tree: SourceTree, basePath: String) -> ContentLinks {
        if let previous = bodies?.links, previous.basePath == basePath, tree.files.map(\.path) == paths {
            return previous
        }
        return ContentLinks(tree: tree, basePath: basePath)
    }

    /// The cached files, if they were parsed with the same link targets, base path and HTML policy: a file
    /// added or removed elsewhere can change how any body's links resolve.
    fileprivate func entries(for bodies: BodyRenderer) -> [String: Entry] {
        self.bodies == bodies ? entries : [:]
    }
}
