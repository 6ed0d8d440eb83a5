import GeneriqueCore
import GeneriqueMarkdown

/// A Markdown body waiting to be rendered, once every file's front matter is known.
struct PendingBody: Sendable {
    /// The Markdown text.
    let text: String
    /// File line on which the body starts.
    let firstLine: Int
    /// The file it comes from.
    let path: String
}

/// A link from a body to a profile, kept to check afterwards that the profile is published. Its position is
/// worked out only if it is reported (rarely): that needs the body's lines.
struct ProfileLink: Sendable {
    let slug: String
    let link: MarkdownLink
    let body: PendingBody

    var location: SourceLocation { BodyRenderer.location(of: link, in: body) }
}

/// Renders bodies with links resolved against the whole site, and reports refused links at their position.
struct BodyRenderer: Sendable, Equatable {
    let markdown: MarkdownRenderer
    let links: ContentLinks

    /// The body as HTML, the problems with its links, and its links to profiles (whose draft status is only
    /// known once every file is parsed).
    func render(_ body: PendingBody) -> (RenderedText, [Diagnostic], [ProfileLink]) {
        let rendered = markdown.render(body.text) { links.decide($0, in: body.path) }
        let diagnostics = rendered.rejectedLinks.map { rejected in
            Diagnostic.error(
                at: Self.location(of: rejected.link, in: body), rejected.problem.message, code: rejected.problem.code,
                hint: rejected.problem.hint)
        }
        let profileLinks = rendered.links.compactMap { link in
            links.profileSlug(of: link, in: body.path).map { ProfileLink(slug: $0, link: link, body: body) }
        }
        return (RenderedText(html: rendered.html, summary: rendered.summary), diagnostics, profileLinks)
    }

    /// cmark counts lines from the body and columns in bytes; diagnostics count file lines and characters.
    static func location(of link: MarkdownLink, in body: PendingBody) -> SourceLocation {
        let lines = body.text.split(separator: "\n", omittingEmptySubsequences: false)
        guard link.line >= 1, link.line <= lines.count else {
            return SourceLocation(path: body.path, line: body.firstLine)
        }
        let bytes = Array(lines[link.line - 1].utf8)
        let prefix = bytes.prefix(max(0, link.column - 1))
        let column = String(decoding: prefix, as: UTF8.self).unicodeScalars.count + 1
        return SourceLocation(path: body.path, line: body.firstLine + link.line - 1, column: column)
    }
}
