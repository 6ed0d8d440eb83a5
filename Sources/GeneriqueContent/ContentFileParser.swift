import GeneriqueCore

/// One file of `content/` parsed on its own — front matter and body — so files can be parsed in parallel.
/// A class (immutable): the parse cache of `serve` hands the same result from rebuild to rebuild, and copying
/// it must not retain each of its many strings again.
final class ParsedContentFile: Sendable {
    enum Entry: Sendable {
        case intro(HomeIntro)
        case metier(Metier)
        case societe(SocieteParser.Parsed)
        case profile(ProfileParser.Parsed)
        case page(FreePage)
        case none
    }

    let entry: Entry
    let diagnostics: [Diagnostic]
    let profileLinks: [ProfileLink]
    let followFileLinks: [FollowFileLink]

    init(entry: Entry, diagnostics: [Diagnostic], profileLinks: [ProfileLink], followFileLinks: [FollowFileLink]) {
        self.entry = entry
        self.diagnostics = diagnostics
        self.profileLinks = profileLinks
        self.followFileLinks = followFileLinks
    }

    /// Parses the file at `content/<relative>`; `bodies` renders its Markdown with links resolved.
    static func parse(_ file: SourceFile, bodies: BodyRenderer) -> ParsedContentFile {
        let relative = file.path.dropFirst("content/".count)
        let components = relative.split(separator: "/")
        if relative == "index.md" {
            return finish(PageParser.parseIntro(file), bodies, \.body, Entry.intro)
        }
        guard components.count == 2, ContentLoader.folders.contains(String(components[0])), relative.hasSuffix(".md")
        else {
            return ParsedContentFile(entry: .none, diagnostics: [unexpectedFile(file.path)], profileLinks: [], followFileLinks: [])
        }
        let parsed =
            switch components[0] {
            case "metiers": finish(MetierParser.parse(file), bodies, \.description, Entry.metier)
            case "societes": finish(SocieteParser.parse(file), bodies, \.societe.description, Entry.societe)
            // A bio sits under its page's "Présentation" heading (h2); other bodies right under the page's h1.
            case "profils": finish(ProfileParser.parse(file), bodies, \.profile.bio, Entry.profile, topHeadingLevel: 3)
            default: finish(PageParser.parse(file), bodies, \.body, Entry.page)
            }
        // An invalid name is reported with the file's other problems: one run shows them all.
        let siblings = bodies.links.keys[String(components[0])] ?? []
        guard let nameProblem = EntryFile.nameProblem(at: file.path, siblingKeys: siblings) else { return parsed }
        return ParsedContentFile(
            entry: parsed.entry, diagnostics: [nameProblem] + parsed.diagnostics, profileLinks: parsed.profileLinks,
            followFileLinks: parsed.followFileLinks)
    }

    /// Renders the body of a parsed entry into its model.
    private static func finish<Model>(
        _ result: ((Model, PendingBody)?, [Diagnostic]), _ bodies: BodyRenderer,
        _ body: WritableKeyPath<Model, RenderedText>, _ wrap: (Model) -> Entry, topHeadingLevel: Int = 2
    ) -> ParsedContentFile {
        guard let (model, written) = result.0 else {
            return ParsedContentFile(entry: .none, diagnostics: result.1, profileLinks: [], followFileLinks: [])
        }
        var rendered = model
        var pending = written
        pending.topHeadingLevel = topHeadingLevel
        let (text, bodyDiagnostics, profileLinks, followFileLinks) = bodies.render(pending)
        rendered[keyPath: body] = text
        return ParsedContentFile(
            entry: wrap(rendered), diagnostics: result.1 + bodyDiagnostics, profileLinks: profileLinks,
            followFileLinks: followFileLinks)
    }

    private static func unexpectedFile(_ path: String) -> Diagnostic {
        .error(
            at: SourceLocation(path: path), "unexpected file in content/", code: "unexpected-file",
            hint: "content/ holds site.yml, index.md and Markdown files directly in "
                + ContentLoader.folders.map { "\($0)/" }.joined(separator: ", "))
    }
}
