import CCmarkGFM
import GeneriqueCore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The only file that talks to cmark-gfm.
///
/// Debian's cmark-gfm is not thread-safe even with one parser per thread: while it parses inlines, it switches
/// the extensions' special characters on and off in a process-wide table. So one static mutex serialises
/// parsing (see `../shared/stack-facts.md`); walking, rewriting and rendering a finished tree touch only that
/// tree and run outside the lock, on every core (`parallelRenderingMatchesSequentialRendering` checks it).
enum CmarkDocument {
    // NSLock, a plain pthread mutex on Linux: Synchronization's Mutex uses priority-inheritance futexes on Linux, whose slow
    // path cost more than cmark itself when both cores queue for the library (profiled at 100,000 bios).
    private static let libraryLock = NSLock()

    /// Parses `markdown`, applies French typography to text nodes, collects links and renders HTML whose
    /// headings start at `topHeadingLevel`.
    static func render(
        _ markdown: String, allowRawHTML: Bool, topHeadingLevel: Int, resolveLink: @escaping (MarkdownLink) -> LinkDecision
    ) -> RenderedMarkdown {
        // Column alignment as `style="text-align: …"`: the `align` attribute cmark-gfm writes by default is
        // obsolete HTML, which the Nu HTML Checker reports as an error.
        var options = CMARK_OPT_SMART | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES | CMARK_OPT_FOOTNOTES
        if allowRawHTML { options |= CMARK_OPT_UNSAFE }
        guard let (parser, document) = libraryLock.withLock({ parse(markdown, options: options) }) else {
            return .empty
        }
        defer {
            cmark_node_free(document)
            cmark_parser_free(parser)
        }

        let walk = walk(document, allowRawHTML: allowRawHTML, resolveLink: resolveLink)
        for (node, level) in HeadingLevels.demoted(walk.headings.map { ($0, Int(cmark_node_get_heading_level($0))) }, to: topHeadingLevel) {
            cmark_node_set_heading_level(node, Int32(level))
        }
        let extensions = cmark_parser_get_syntax_extensions(parser)
        let html = takeHTML(
            cmark_render_html(document, options, extensions),
            footnotesHeadingLevel: walk.footnoteReferences.isEmpty ? nil : topHeadingLevel)
        // A footnote's number would read as "[^1]" in a description.
        for reference in walk.footnoteReferences {
            cmark_node_unlink(reference)
            cmark_node_free(reference)
        }
        let summary = paragraphsText(document, options: options)
        return RenderedMarkdown(html: html, summary: summary, links: walk.links, rejectedLinks: walk.rejected)
    }

    /// Block and inline parsing: the part that touches the process-wide table, so callers hold the lock.
    private static func parse(_ markdown: String, options: Int32) -> (OpaquePointer, OpaquePointer)? {
        cmark_gfm_core_extensions_ensure_registered()
        guard let parser = cmark_parser_new(options) else { return nil }
        for name in ["table", "strikethrough", "autolink", "tagfilter", "tasklist"] {
            if let extensionPointer = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, extensionPointer)
            }
        }
        markdown.utf8CString.withUnsafeBufferPointer { buffer in
            cmark_parser_feed(parser, buffer.baseAddress, buffer.count - 1)
        }
        guard let document = cmark_parser_finish(parser) else {
            cmark_parser_free(parser)
            return nil
        }
        return (parser, document)
    }

    /// What one walk over the tree found.
    private struct Walk {
        var links: [MarkdownLink] = []
        var rejected: [RejectedLink] = []
        var headings: [OpaquePointer] = []
        var footnoteReferences: [OpaquePointer] = []
    }

    /// Walks the tree once: French typography on text nodes (never code, URLs, raw HTML or text marked with
    /// another language); every link and image recorded, then kept, rewritten or emptied as the resolver
    /// decides; raw HTML checked by the same rules; headings and footnote references noted.
    private static func walk(
        _ document: OpaquePointer, allowRawHTML: Bool, resolveLink: @escaping (MarkdownLink) -> LinkDecision
    ) -> Walk {
        var walk = Walk()
        guard let iterator = cmark_iter_new(document) else { return walk }
        defer { cmark_iter_free(iterator) }
        var quotes = FrenchTypography.Quotes()
        var languages = TextLanguage()
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type.rawValue & UInt32(CMARK_NODE_TYPE_MASK) == UInt32(CMARK_NODE_TYPE_BLOCK) {
                quotes = FrenchTypography.Quotes()
            }
            switch type {
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                let link = MarkdownLink(
                    url: url, kind: type == CMARK_NODE_IMAGE ? .image : .link,
                    line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node)))
                walk.links.append(link)
                switch resolveLink(link) {
                case .keep: break
                case .rewrite(let target): cmark_node_set_url(node, target)
                case .reject(let problem):
                    cmark_node_set_url(node, "")
                    walk.rejected.append(RejectedLink(link: link, problem: problem))
                }
            case CMARK_NODE_TEXT where !languages.isForeign:
                applyTypography(to: node, quotes: &quotes)
            case CMARK_NODE_HTML_INLINE, CMARK_NODE_HTML_BLOCK:
                guard allowRawHTML, let literal = cmark_node_get_literal(node).map({ String(cString: $0) }) else { continue }
                let outcome = rawHTMLRewriter(for: node, literal: literal, isBlock: type == CMARK_NODE_HTML_BLOCK, resolveLink)
                    .rewrite(literal)
                if let html = outcome.html { cmark_node_set_literal(node, html) }
                walk.links += outcome.links
                walk.rejected += outcome.rejected
                languages.update(with: outcome.tags)
            case CMARK_NODE_HEADING:
                walk.headings.append(node)
            case CMARK_NODE_FOOTNOTE_REFERENCE:
                walk.footnoteReferences.append(node)
            default:
                continue
            }
        }
        return walk
    }

    private static func applyTypography(to node: OpaquePointer, quotes: inout FrenchTypography.Quotes) {
        guard let literalPointer = cmark_node_get_literal(node) else { return }
        let bytes = UnsafeRawPointer(literalPointer).assumingMemoryBound(to: UInt8.self)
        guard FrenchTypography.mayChange(utf8: UnsafeBufferPointer(start: bytes, count: strlen(literalPointer))) else {
            return
        }
        let literal = String(cString: literalPointer)
        if isAutolinkText(node, literal) { return }
        let continuesText = cmark_node_previous(node) != nil
        let spaced = FrenchTypography.apply(to: literal, continuesText: continuesText, quotes: &quotes)
        if spaced != literal { cmark_node_set_literal(node, spaced) }
    }

    /// A rewriter whose findings are positioned like cmark's links: line in the Markdown text, column in bytes.
    /// An HTML block's text starts with the line's indentation, while cmark's column is that of the `<`.
    private static func rawHTMLRewriter(
        for node: OpaquePointer, literal: String, isBlock: Bool, _ resolveLink: @escaping (MarkdownLink) -> LinkDecision
    ) -> RawHTMLRewriter {
        let startLine = Int(cmark_node_get_start_line(node))
        let indentation = isBlock ? literal.utf8.prefix { $0 == UInt8(ascii: " ") }.count : 0
        let firstColumn = Int(cmark_node_get_start_column(node)) - indentation
        let bytes = Array(literal.utf8)
        let locate = { (offset: Int) -> MarkdownLink in
            let before = bytes[..<min(offset, bytes.count)]
            let lineBreaks = before.count { $0 == UInt8(ascii: "\n") }
            let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
            let column = offset - lineStart + max(1, firstColumn)
            return MarkdownLink(url: "", kind: .link, line: startLine + lineBreaks, column: column)
        }
        return RawHTMLRewriter(
            decide: { url, kind, offset in
                let position = locate(offset)
                let link = MarkdownLink(url: url, kind: kind, line: position.line, column: position.column)
                return (link, resolveLink(link))
            },
            locate: locate)
    }

    /// Plain text of the first top-level paragraphs (not tables, lists or code), enough for a description.
    private static func paragraphsText(_ document: OpaquePointer, options: Int32) -> String {
        var parts: [String] = []
        var length = 0
        var node = cmark_node_first_child(document)
        while let current = node, length < 300 {
            if cmark_node_get_type(current) == CMARK_NODE_PARAGRAPH, let plain = cmark_render_plaintext(current, options, 0) {
                defer { free(plain) }
                let text = plain.withMemoryRebound(to: UInt8.self, capacity: 1) { bytes in
                    PlainTextLines.joined(UnsafeBufferPointer(start: bytes, count: strlen(plain)))
                }
                parts.append(text)
                length += text.count
            }
            node = cmark_node_next(current)
        }
        return parts.joined(separator: " ")
    }

    /// An autolink's text is its URL: typography must not touch it.
    private static func isAutolinkText(_ node: OpaquePointer, _ literal: String) -> Bool {
        guard let parent = cmark_node_parent(node), cmark_node_get_type(parent) == CMARK_NODE_LINK,
            let url = cmark_node_get_url(parent).map({ String(cString: $0) })
        else { return false }
        return url == literal || url.hasSuffix(literal) || literal.contains("://") || literal.contains("@")
    }

    /// Copies the HTML cmark allocated, cleaned up for the site, then frees it.
    private static func takeHTML(_ pointer: UnsafeMutablePointer<CChar>?, footnotesHeadingLevel: Int?) -> String {
        guard let pointer else { return "" }
        defer { free(pointer) }
        return pointer.withMemoryRebound(to: UInt8.self, capacity: 1) { bytes in
            RenderedHTMLCleanup.clean(
                UnsafeBufferPointer(start: bytes, count: strlen(pointer)), footnotesHeadingLevel: footnotesHeadingLevel)
        }
    }
}
