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
    /// The level its `#` headings get on the page (see `ContentFileParser`).
    var topHeadingLevel = 2
}

/// A link from a body to a profile, kept to check afterwards that the profile is published. Positioned when
/// found (one pass over the body's lines for all its links): keeping the body until then would keep every
/// linking body's Markdown in the parse cache too, a fifth of its size.
struct ProfileLink: Sendable {
    let slug: String
    let location: SourceLocation
}

/// Renders bodies with links resolved against the whole site, and reports refused links at their position.
struct BodyRenderer: Sendable {
    let markdown: MarkdownRenderer
    let links: ContentLinks

    /// The body as HTML, the problems with its links, and its links to profiles and to follow files (whether
    /// the profile is a draft and the follow file is written are only known once every file is parsed).
    func render(_ body: PendingBody) -> (RenderedText, [Diagnostic], [ProfileLink], [FollowFileLink]) {
        let rendered = markdown.render(body.text, topHeadingLevel: body.topHeadingLevel) { links.decide($0, in: body.path) }
        let rejected = rendered.rejectedLinks
        let diagnostics = zip(rejected, Self.locations(of: rejected.map(\.link), in: body)).map { rejected, location in
            Diagnostic.error(at: location, rejected.problem.message, code: rejected.problem.code, hint: rejected.problem.hint)
        }
        let toProfiles = rendered.links.compactMap { link in
            links.profileSlug(of: link, in: body.path).map { (link: link, slug: $0) }
        }
        let profileLinks = zip(toProfiles, Self.locations(of: toProfiles.map(\.link), in: body)).map { target, location in
            ProfileLink(slug: target.slug, location: location)
        }
        let toFollowFiles = rendered.links.compactMap { link in links.followFile(of: link).map { (link: link, target: $0) } }
        let followFileLinks = zip(toFollowFiles, Self.locations(of: toFollowFiles.map(\.link), in: body)).map { link, location in
            FollowFileLink(group: link.target.group, file: link.target.file, location: location)
        }
        return (RenderedText(html: rendered.html, summary: rendered.summary), diagnostics, profileLinks, followFileLinks)
    }

    /// cmark counts lines from the body and columns in bytes; diagnostics count file lines and characters.
    static func locations(of links: [MarkdownLink], in body: PendingBody) -> [SourceLocation] {
        guard !links.isEmpty else { return [] }
        // Bodies have LF line endings only (see `replacingCRLF`), so bytes split like characters.
        let lines = body.text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        return links.map { link in
            guard link.line >= 1, link.line <= lines.count else { return SourceLocation(path: body.path, line: body.firstLine) }
            let prefix = lines[link.line - 1].prefix(max(0, link.column - 1))
            let column = String(decoding: prefix, as: UTF8.self).unicodeScalars.count + 1
            return SourceLocation(path: body.path, line: body.firstLine + link.line - 1, column: column)
        }
    }
}
