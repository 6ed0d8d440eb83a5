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
    /// `baseURL` from `site.yml`.
    public static func load(_ tree: SourceTree, baseURLOverride: String? = nil) -> ContentLoadResult {
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
        let markdown = MarkdownRenderer(allowRawHTML: config?.unsafeHTML ?? false)

        var intro = HomeIntro()
        var metiers: [Metier] = []
        var societes: [Societe] = []
        var profiles: [ProfileParser.Parsed] = []
        var pages: [FreePage] = []
        for file in tree.files(under: "content/") {
            let relative = file.path.dropFirst("content/".count)
            let components = relative.split(separator: "/")
            if components.contains(where: { $0.hasPrefix(".") }) { continue }  // .DS_Store, editor swap files
            if relative == "site.yml" { continue }
            if relative == "index.md" {
                let (parsed, found) = PageParser.parseIntro(file, markdown: markdown)
                intro = parsed ?? HomeIntro()
                diagnostics += found
                continue
            }
            guard components.count == 2, folders.contains(String(components[0])), relative.hasSuffix(".md") else {
                diagnostics.append(unexpectedFile(file.path))
                continue
            }
            switch components[0] {
            case "metiers": collect(MetierParser.parse(file, markdown: markdown), into: &metiers, &diagnostics)
            case "societes": collect(SocieteParser.parse(file, markdown: markdown), into: &societes, &diagnostics)
            case "profils": collect(ProfileParser.parse(file, markdown: markdown), into: &profiles, &diagnostics)
            default: collect(PageParser.parse(file, markdown: markdown), into: &pages, &diagnostics)
            }
        }

        diagnostics += ReferenceValidator.validate(metiers: metiers, societes: societes, profiles: profiles, pages: pages)
        if !diagnostics.containsErrors {
            diagnostics += ReferenceValidator.unusedGroups(
                metiers: metiers, societes: societes, profiles: profiles.map(\.profile))
        }
        diagnostics.sort()
        guard let config, !diagnostics.containsErrors else {
            return ContentLoadResult(content: nil, diagnostics: diagnostics)
        }
        let content = SiteContent(
            config: config, intro: intro, metiers: metiers, societes: societes, profiles: profiles.map(\.profile),
            pages: pages)
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
