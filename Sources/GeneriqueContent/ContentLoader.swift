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
    public static func load(_ tree: SourceTree, baseURLOverride: String? = nil, includeDrafts: Bool = false)
        -> ContentLoadResult
    {
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

        // Pass 1: front matter of every file. Bodies wait until the whole site is known.
        var intro: (HomeIntro, PendingBody)?
        var metiers: [(Metier, PendingBody)] = []
        var societes: [(Societe, PendingBody)] = []
        var profiles: [ProfileParser.Parsed] = []
        var pages: [(FreePage, PendingBody)] = []
        for file in tree.files(under: "content/") {
            let relative = file.path.dropFirst("content/".count)
            let components = relative.split(separator: "/")
            if components.contains(where: { $0.hasPrefix(".") }) { continue }  // .DS_Store, editor swap files
            if relative == "site.yml" { continue }
            if relative == "index.md" {
                let (parsed, found) = PageParser.parseIntro(file)
                intro = parsed
                diagnostics += found
                continue
            }
            guard components.count == 2, folders.contains(String(components[0])), relative.hasSuffix(".md") else {
                diagnostics.append(unexpectedFile(file.path))
                continue
            }
            switch components[0] {
            case "metiers": collect(MetierParser.parse(file), into: &metiers, &diagnostics)
            case "societes": collect(SocieteParser.parse(file), into: &societes, &diagnostics)
            case "profils": collect(ProfileParser.parse(file), into: &profiles, &diagnostics)
            default: collect(PageParser.parse(file), into: &pages, &diagnostics)
            }
        }
        let links = ContentLinks(tree: tree, basePath: config?.basePath ?? "/")
        diagnostics += ReferenceValidator.validate(
            metierKeys: links.keys["metiers"] ?? [], societeKeys: links.keys["societes"] ?? [], profiles: profiles,
            pages: pages.map(\.0))

        // Pass 2: bodies, with links resolved against every key of the site.
        let drafts = includeDrafts ? [] : Set(profiles.map(\.profile).filter(\.draft).map(\.slug))
        let renderer = BodyRenderer(
            markdown: MarkdownRenderer(allowRawHTML: config?.unsafeHTML ?? false), links: links,
            unpublishedProfiles: drafts)
        func render<Model>(_ entries: [(Model, PendingBody)], _ body: WritableKeyPath<Model, RenderedText>) -> [Model] {
            entries.map { entry in
                var model = entry.0
                let (rendered, found) = renderer.render(entry.1)
                model[keyPath: body] = rendered
                diagnostics += found
                return model
            }
        }
        let homeIntro = intro.map { render([$0], \.body)[0] } ?? HomeIntro()
        let renderedMetiers = render(metiers, \.description)
        let renderedSocietes = render(societes, \.description)
        let renderedProfiles = render(profiles.map { ($0.profile, $0.body) }, \.bio)
        let renderedPages = render(pages, \.body)

        if !diagnostics.containsErrors {
            diagnostics += ReferenceValidator.unusedGroups(
                metiers: renderedMetiers, societes: renderedSocietes, profiles: renderedProfiles)
        }
        diagnostics.sort()
        guard let config, !diagnostics.containsErrors else {
            return ContentLoadResult(content: nil, diagnostics: diagnostics)
        }
        let content = SiteContent(
            config: config, intro: homeIntro, metiers: renderedMetiers, societes: renderedSocietes,
            profiles: renderedProfiles, pages: renderedPages)
        return ContentLoadResult(content: content, diagnostics: diagnostics)
    }

    private static func collect<T>(_ result: (T?, [Diagnostic]), into values: inout [T], _ diagnostics: inout [Diagnostic]) {
        if let value = result.0 { values.append(value) }
        diagnostics += result.1
    }

    private static func unexpectedFile(_ path: String) -> Diagnostic {
        .error(
            at: SourceLocation(path: path), "unexpected file in content/", code: "unexpected-file",
            hint: "content/ holds site.yml, index.md and Markdown files directly in "
                + folders.map { "\($0)/" }.joined(separator: ", "))
    }
}
