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

    /// Parses `markdown`, applies French typography to text nodes, collects links and renders HTML.
    static func render(
        _ markdown: String, allowRawHTML: Bool, resolveLink: (MarkdownLink) -> LinkDecision
    ) -> RenderedMarkdown {
        // Column alignment as `style="text-align: …"`: the `align` attribute cmark-gfm writes by default is
        // obsolete HTML, which the Nu HTML Checker reports as an error.
        var options = CMARK_OPT_SMART | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES
        if allowRawHTML { options |= CMARK_OPT_UNSAFE }
        guard let (parser, document) = libraryLock.withLock({ parse(markdown, options: options) }) else {
            return .empty
        }
        defer {
            cmark_node_free(document)
            cmark_parser_free(parser)
        }

        let (links, rejected) = applyTypographyAndResolveLinks(document, resolveLink: resolveLink)
        let extensions = cmark_parser_get_syntax_extensions(parser)
        let html = takeHTML(cmark_render_html(document, options, extensions))
        let summary = paragraphsText(document, options: options)
        return RenderedMarkdown(html: html, summary: summary, links: links, rejectedLinks: rejected)
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

    /// Walks the tree once: French spacing on text nodes (never code, URLs or raw HTML); every link and image
    /// recorded, then kept, rewritten or emptied as the resolver decides.
    private static func applyTypographyAndResolveLinks(
        _ document: OpaquePointer, resolveLink: (MarkdownLink) -> LinkDecision
    ) -> ([MarkdownLink], [RejectedLink]) {
        guard let iterator = cmark_iter_new(document) else { return ([], []) }
        defer { cmark_iter_free(iterator) }
        var links: [MarkdownLink] = []
        var rejected: [RejectedLink] = []
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                let kind: MarkdownLink.Kind = cmark_node_get_type(node) == CMARK_NODE_IMAGE ? .image : .link
                let link = MarkdownLink(
                    url: url, kind: kind,
                    line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node)))
                links.append(link)
                switch resolveLink(link) {
                case .keep: break
                case .rewrite(let target): cmark_node_set_url(node, target)
                case .reject(let problem):
                    cmark_node_set_url(node, "")
                    rejected.append(RejectedLink(link: link, problem: problem))
                }
            case CMARK_NODE_TEXT:
                guard let literalPointer = cmark_node_get_literal(node) else { continue }
                let bytes = UnsafeRawPointer(literalPointer).assumingMemoryBound(to: UInt8.self)
                guard FrenchTypography.mayChange(utf8: UnsafeBufferPointer(start: bytes, count: strlen(literalPointer)))
                else { continue }
                let literal = String(cString: literalPointer)
                if isAutolinkText(node, literal) { continue }
                let continuesText = cmark_node_previous(node) != nil
                let spaced = FrenchTypography.apply(to: literal, continuesText: continuesText)
                if spaced != literal { cmark_node_set_literal(node, spaced) }
            default:
                continue
            }
        }
        return (links, rejected)
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
                    linesJoined(UnsafeBufferPointer(start: bytes, count: strlen(plain)))
                }
                parts.append(text)
                length += text.count
            }
            node = cmark_node_next(current)
        }
        return parts.joined(separator: " ")
    }

    /// The text's lines joined by single spaces, empty lines dropped: what splitting on `Character.isNewline`
    /// and joining gives, done on the UTF-8 bytes (line breaks are always graphemes of their own, and CR LF
    /// only ever joins two of them), because grapheme splitting cost more than rendering the text.
    private static func linesJoined(_ text: UnsafeBufferPointer<UInt8>) -> String {
        var joined: [UInt8] = []
        joined.reserveCapacity(text.count)
        var index = 0
        var pendingSpace = false
        while index < text.count {
            let breakLength = lineBreakLength(text, at: index)
            if breakLength > 0 {
                pendingSpace = !joined.isEmpty
                index += breakLength
                continue
            }
            if pendingSpace {
                joined.append(UInt8(ascii: " "))
                pendingSpace = false
            }
            joined.append(text[index])
            index += 1
        }
        return String(decoding: joined, as: UTF8.self)
    }

    /// The UTF-8 length of the line break at `index` (LF, VT, FF, CR, NEL, LS, PS), 0 if none starts there.
    private static func lineBreakLength(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        switch text[index] {
        case 0x0A...0x0D: return 1
        case 0xC2 where index + 1 < text.count && text[index + 1] == 0x85: return 2
        case 0xE2 where index + 2 < text.count && text[index + 1] == 0x80 && (0xA8...0xA9).contains(text[index + 2]):
            return 3
        default: return 0
        }
    }

    /// An autolink's text is its URL: typography must not touch it.
    private static func isAutolinkText(_ node: OpaquePointer, _ literal: String) -> Bool {
        guard let parent = cmark_node_parent(node), cmark_node_get_type(parent) == CMARK_NODE_LINK,
            let url = cmark_node_get_url(parent).map({ String(cString: $0) })
        else { return false }
        return url == literal || url.hasSuffix(literal) || literal.contains("://") || literal.contains("@")
    }

    /// Copies the HTML cmark allocated, cleaned up for the site, then frees it.
    private static func takeHTML(_ pointer: UnsafeMutablePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        defer { free(pointer) }
        return pointer.withMemoryRebound(to: UInt8.self, capacity: 1) { bytes in
            RenderedHTMLCleanup.clean(UnsafeBufferPointer(start: bytes, count: strlen(pointer)))
        }
    }
}
