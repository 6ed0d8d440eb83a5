/// A Markdown body turned into HTML, with what later stages need to know about it.
public struct RenderedMarkdown: Sendable, Hashable {
    /// The HTML fragment, French typography applied to its text.
    public let html: String
    /// Plain text of the first paragraphs (tables, lists and code left out), for meta descriptions.
    public let summary: String
    /// Every link and image in the body as written, positioned relative to the Markdown text.
    public let links: [MarkdownLink]
    /// Links the resolver refused; their destination was emptied in the HTML.
    public let rejectedLinks: [RejectedLink]

    /// Creates a rendered document.
    public init(html: String, summary: String, links: [MarkdownLink], rejectedLinks: [RejectedLink] = []) {
        self.html = html
        self.summary = summary
        self.links = links
        self.rejectedLinks = rejectedLinks
    }

    /// Nothing rendered.
    static let empty = RenderedMarkdown(html: "", summary: "", links: [])
}

/// What to do with a link or image destination found in Markdown.
public enum LinkDecision: Sendable, Hashable {
    /// Leave the destination as written (external links, anchors).
    case keep
    /// Replace it, e.g. `../societes/gaumont.md` → `/guide/societes/gaumont/`.
    case rewrite(String)
    /// Refuse it: the HTML gets an empty destination and the problem is reported.
    case reject(LinkProblem)
}

/// Why a link was refused.
public struct LinkProblem: Sendable, Hashable {
    /// One sentence.
    public let message: String
    /// Stable diagnostic code.
    public let code: String
    /// How to fix it.
    public let hint: String?

    /// Creates a problem.
    public init(_ message: String, code: String, hint: String? = nil) {
        self.message = message
        self.code = code
        self.hint = hint
    }
}

/// A link, image or raw HTML attribute the renderer refused, with its position.
public struct RejectedLink: Sendable, Hashable {
    /// The link as written.
    public let link: MarkdownLink
    /// Why it was refused.
    public let problem: LinkProblem
}

/// A link or image destination found in a Markdown body.
public struct MarkdownLink: Sendable, Hashable {
    /// Whether the destination is a link or an image source.
    public enum Kind: Sendable, Hashable { case link, image }
    /// The destination as written.
    public let url: String
    /// Link or image.
    public let kind: Kind
    /// Line in the Markdown text, starting at 1.
    public let line: Int
    /// Column in the Markdown text, starting at 1.
    public let column: Int
}

/// Renders Markdown with cmark-gfm: GFM tables, strikethrough, autolinks, tag filter, task lists and footnotes,
/// smart punctuation, French typography. Raw HTML is dropped unless the site opts into it, and then checked
/// by the same link rules.
public struct MarkdownRenderer: Sendable, Equatable {
    /// Whether raw HTML in Markdown reaches the output (`unsafe_html: true` in `site.yml`).
    public let allowRawHTML: Bool

    /// Creates a renderer; safe (no raw HTML) by default.
    public init(allowRawHTML: Bool = false) {
        self.allowRawHTML = allowRawHTML
    }

    /// Renders one document; `resolveLink` decides what becomes of every link and image destination (raw HTML
    /// attributes included). Its headings start at `topHeadingLevel` (written `#` becomes `<h2>` by default),
    /// whatever level the body writes: the page around it has its own `<h1>`. Safe to call from many threads:
    /// calls into cmark-gfm are serialised.
    public func render(
        _ markdown: String, topHeadingLevel: Int = 2, resolveLink: @escaping (MarkdownLink) -> LinkDecision = { _ in .keep }
    ) -> RenderedMarkdown {
        CmarkDocument.render(
            markdown, allowRawHTML: allowRawHTML, topHeadingLevel: topHeadingLevel, resolveLink: resolveLink)
    }
}
