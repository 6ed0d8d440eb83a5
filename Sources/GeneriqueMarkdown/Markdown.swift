/// A Markdown body turned into HTML, with what later stages need to know about it.
public struct RenderedMarkdown: Sendable, Hashable {
    /// The HTML fragment, French typography applied to its text.
    public let html: String
    /// Plain text of the first paragraphs (tables, lists and code left out), for meta descriptions.
    public let summary: String
    /// Every link and image in the body, positioned relative to the Markdown text.
    public let links: [MarkdownLink]

    /// Creates a rendered document.
    public init(html: String, summary: String, links: [MarkdownLink]) {
        self.html = html
        self.summary = summary
        self.links = links
    }
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

/// Renders Markdown with cmark-gfm: GFM tables, strikethrough, autolinks, tag filter and task lists, smart
/// punctuation, French typography. Raw HTML is dropped unless the site opts into it.
public struct MarkdownRenderer: Sendable {
    /// Whether raw HTML in Markdown reaches the output (`unsafe_html: true` in `site.yml`).
    public let allowRawHTML: Bool

    /// Creates a renderer; safe (no raw HTML) by default.
    public init(allowRawHTML: Bool = false) {
        self.allowRawHTML = allowRawHTML
    }

    /// Renders one document. Safe to call from many threads: calls into cmark-gfm are serialised.
    public func render(_ markdown: String) -> RenderedMarkdown {
        CmarkDocument.render(markdown, allowRawHTML: allowRawHTML)
    }
}
