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

/// Renders bodies with links resolved against the whole site, and reports refused links at their position.
struct BodyRenderer: Sendable {
    let markdown: MarkdownRenderer
    let links: ContentLinks
    /// Profiles the build leaves out (drafts, unless `--drafts`): links to them would be broken.
    let unpublishedProfiles: Set<String>

    func render(_ body: PendingBody) -> (RenderedText, [Diagnostic]) {
        let rendered = markdown.render(body.text) { links.decide($0, in: body.path) }
        var diagnostics = rendered.rejectedLinks.map { rejected in
            Diagnostic.error(
                at: location(of: rejected.link, in: body), rejected.problem.message, code: rejected.problem.code,
                hint: rejected.problem.hint)
        }
        for link in rendered.links {
            guard let slug = links.profileSlug(of: link, in: body.path), unpublishedProfiles.contains(slug) else {
                continue
            }
            diagnostics.append(
                .error(
                    at: location(of: link, in: body), "link to the draft profile '\(slug)', which this build leaves out",
                    code: "link-to-draft", hint: "publish it (remove 'draft: true') or build with --drafts"))
        }
        return (RenderedText(html: rendered.html, summary: rendered.summary), diagnostics)
    }

    /// cmark counts lines from the body and columns in bytes; diagnostics count file lines and characters.
    private func location(of link: MarkdownLink, in body: PendingBody) -> SourceLocation {
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
