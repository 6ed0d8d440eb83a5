/// Rewrites cmark-gfm's HTML into what the site ships, in one pass over the bytes.
///
/// - cmark writes void elements the XHTML way (`<br />`, `<input … />`); in HTML the slash means nothing and
///   the Nu HTML Checker flags it. Text and attribute values have `>` escaped, so " />" only closes tags.
/// - Task-list boxes get an accessible name ("Fait", "À faire"): cmark-gfm writes bare disabled checkboxes,
///   which screen readers announce without saying what they are (axe-core's `label` rule).
/// - Footnotes get a heading at the body's top level (a section without one is announced as nothing, and the
///   Nu HTML Checker warns), note calls that point to it, and French names for the links back to the text.
///
/// Byte-level on purpose: Foundation's `replacingOccurrences` goes through NSString on Linux and cost more
/// than parsing the Markdown (profiled on 10,000 bios).
enum RenderedHTMLCleanup {
    /// The `id` of the footnotes' heading.
    static let footnotesHeadingID = "notes-de-bas-de-page"

    private typealias Rewrite = (pattern: [UInt8], replacement: [UInt8])

    /// Patterns tried at each `<` or space, longest first, with what replaces them.
    private static let rewrites: [Rewrite] = [
        ("<input type=\"checkbox\" checked=\"\" disabled=\"\" />",
         "<input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"Fait\">"),
        ("<input type=\"checkbox\" disabled=\"\" />", "<input type=\"checkbox\" disabled=\"\" aria-label=\"À faire\">"),
        (" />", ">"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// A rewrite starts at `<`, or at a space followed by the second byte of a pattern starting with one.
    private static let afterSpace = secondBytesAfterSpace(of: rewrites)

    private static func secondBytesAfterSpace(of rewrites: [Rewrite]) -> Set<UInt8> {
        Set(rewrites.filter { $0.pattern.first == UInt8(ascii: " ") }.map { $0.pattern[1] })
    }

    /// The footnotes' rewrites, their heading at `level`.
    private static func footnoteRewrites(headingLevel level: Int) -> [Rewrite] {
        let id = footnotesHeadingID
        return [
            ("<section class=\"footnotes\" data-footnotes>",
             "<section class=\"footnotes\" data-footnotes aria-labelledby=\"\(id)\">\n<h\(level) id=\"\(id)\" class=\"footnotes-title\">Notes</h\(level)>"),
            (" data-footnote-ref>", " data-footnote-ref aria-describedby=\"\(id)\">"),
            (" aria-label=\"Back to content\"", " aria-label=\"Retour au texte\""),
        ].map { (Array($0.0.utf8), Array($0.1.utf8)) }
    }

    /// The cleaned-up HTML of a NUL-terminated UTF-8 buffer; `footnotesHeadingLevel` is the level of the
    /// footnotes' heading when the body has footnotes.
    static func clean(_ html: UnsafeBufferPointer<UInt8>, footnotesHeadingLevel: Int? = nil) -> String {
        let rewrites = footnotesHeadingLevel.map { footnoteRewrites(headingLevel: $0) + Self.rewrites } ?? Self.rewrites
        let afterSpace = footnotesHeadingLevel == nil ? Self.afterSpace : secondBytesAfterSpace(of: rewrites)
        var output: [UInt8] = []
        output.reserveCapacity(html.count + 64)
        // Bytes up to a rewrite are copied as one run.
        var copied = 0
        var index = 0
        scanning: while index < html.count {
            let byte = html[index]
            guard byte == UInt8(ascii: "<")
                || (byte == UInt8(ascii: " ") && index + 1 < html.count && afterSpace.contains(html[index + 1]))
            else {
                index += 1
                continue
            }
            for rewrite in rewrites where matches(rewrite.pattern, in: html, at: index) {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: html[copied..<index]))
                output.append(contentsOf: rewrite.replacement)
                index += rewrite.pattern.count
                copied = index
                continue scanning
            }
            index += 1
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: html[copied...]))
        return String(decoding: output, as: UTF8.self)
    }

    private static func matches(_ pattern: [UInt8], in html: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard start + pattern.count <= html.count else { return false }
        for offset in 0..<pattern.count where html[start + offset] != pattern[offset] { return false }
        return true
    }
}
