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
    /// `baseURL` from `site.yml`; `includeDrafts` decides whether links to drafts are broken; `today` (the
    /// command line gives the current UTC date) is what dates after tomorrow and `verified` dates older than
    /// `stale_after` are warned about, nil for no such check.
    public static func load(
        _ tree: SourceTree, baseURLOverride: String? = nil, includeDrafts: Bool = false, today: LocalDate? = nil
    ) async -> ContentLoadResult {
        var cache = ContentParseCache()
        return await load(tree, baseURLOverride: baseURLOverride, includeDrafts: includeDrafts, today: today, cache: &cache)
    }

    /// Like `load`, parsing again only the files whose bytes differ from those `cache` holds (when links
    /// resolve against the same files as before); `cache` then holds this run's files. `serve` rebuilds
    /// with it after each save, `build` with the one it saved beside the output folder.
    public static func load(
        _ tree: SourceTree, baseURLOverride: String?, includeDrafts: Bool, today: LocalDate? = nil,
        cache: inout ContentParseCache
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
        let paths = ContentLinks.sourcePaths(in: tree)
        let allowsRawHTML = config?.unsafeHTML ?? false
        let key = ContentParseCache.Key(
            basePath: config?.basePath ?? "/", allowsRawHTML: allowsRawHTML, paths: ContentDigest(of: paths))
        let links = cache.links(for: paths, key: key)
        let bodies = BodyRenderer(markdown: MarkdownRenderer(allowRawHTML: allowsRawHTML), links: links)
        let files = tree.files(under: "content/").filter { file in
            let relative = file.path.dropFirst("content/".count)
            // .DS_Store and editor swap files are not content; site.yml was read above.
            return relative != "site.yml" && !relative.split(separator: "/").contains { $0.hasPrefix(".") }
        }
        let previous = cache.entries(for: key)
        let entries = await Parallel.map(files, chunkSize: 32) { file in
            let digest = ContentDigest(of: file.bytes)
            if let cached = previous[file.path], cached.digest == digest { return cached }
            return ContentParseCache.Entry(digest: digest, parsed: ParsedContentFile.parse(file, bodies: bodies))
        }
        let parsedCount = zip(files, entries).count(where: { file, entry in previous[file.path]?.parsed !== entry.parsed })
        cache = ContentParseCache(
            key: key, links: links, entries: Dictionary(uniqueKeysWithValues: zip(files.map(\.path), entries)),
            parsedCount: parsedCount)
        let parsedFiles = entries.map(\.parsed)

        var intro = HomeIntro()
        var metiers: [Metier] = []
        var societes: [SocieteParser.Parsed] = []
        var profiles: [ProfileParser.Parsed] = []
        var pages: [FreePage] = []
        var profileLinks: [ProfileLink] = []
        var followFileLinks: [FollowFileLink] = []
        for parsed in parsedFiles {
            diagnostics += parsed.diagnostics
            profileLinks += parsed.profileLinks
            followFileLinks += parsed.followFileLinks
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
        diagnostics += ReferenceValidator.sharedAccounts(profiles: profiles, societes: societes)
        if !includeDrafts {
            let drafts = Set(profiles.map(\.profile).filter(\.draft).map(\.slug))
            for link in profileLinks where drafts.contains(link.slug) {
                diagnostics.append(
                    .error(
                        at: link.location, "link to the draft profile '\(link.slug)', which this build leaves out",
                        code: "link-to-draft", hint: "publish it (remove 'draft: true') or build with --drafts"))
            }
        }
        if let today {
            diagnostics += DayChecks.warnings(
                profiles: profiles, societes: societes, today: today,
                staleAfter: config?.staleAfterDays ?? SiteConfig.defaultStaleAfterDays)
        }
        let renderedProfiles = profiles.map(\.profile)
        let renderedSocietes = societes.map(\.societe)
        diagnostics += FollowFileLink.problems(
            followFileLinks, published: renderedProfiles.filter { includeDrafts || !$0.draft }, societes: renderedSocietes)
        if !diagnostics.containsErrors {
            diagnostics += ReferenceValidator.unusedGroups(
                metiers: metiers, societes: renderedSocietes, profiles: renderedProfiles)
        }
        diagnostics.sort()
        guard let config, !diagnostics.containsErrors else {
            return ContentLoadResult(content: nil, diagnostics: diagnostics)
        }
        let content = SiteContent(
            config: config, intro: intro, metiers: metiers, societes: renderedSocietes, profiles: renderedProfiles,
            pages: pages)
        return ContentLoadResult(content: content, diagnostics: diagnostics)
    }
}
