import GeneriqueCore

/// A template's text cut into tags, text and line breaks, with the position of every tag: the first step of
/// reading a template. A tag's name never spans lines, so a tag whose `}}` does not come before the end of
/// its line or the next `{{` is not closed, and reading goes on after it; only comments span lines.
struct TemplateTokens {
    enum Token {
        /// Text without a line break.
        case text(Range<Int>)
        /// `\n` or `\r\n`.
        case lineBreak(Range<Int>)
        case tag(Tag)
    }

    /// One `{{…}}`.
    struct Tag {
        enum Kind {
            case value, raw, section, inverted, close, comment, partial, parent, block, delimiters, pragma
        }

        let kind: Kind
        /// What follows the sigil, trimmed: `page.title`, `partials/accounts`.
        let name: String
        let location: SourceLocation
    }

    let bytes: [UInt8]
    private(set) var tokens: [Token] = []
    /// Tags not closed where they should be, as errors.
    private(set) var problems: [Diagnostic] = []

    init(_ bytes: [UInt8], path: String) {
        self.bytes = bytes
        var line = 1
        var lineStart = 0
        var index = 0
        var textStart = 0
        func location(_ offset: Int) -> SourceLocation {
            let column = bytes[lineStart..<offset].count { $0 & 0xC0 != 0x80 } + 1
            return SourceLocation(path: path, line: line, column: column)
        }
        func endText(at end: Int) {
            if textStart < end { tokens.append(.text(textStart..<end)) }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == Self.lineFeed || (byte == Self.carriageReturn && index + 1 < bytes.count && bytes[index + 1] == Self.lineFeed) {
                endText(at: index)
                let end = index + (byte == Self.lineFeed ? 1 : 2)
                tokens.append(.lineBreak(index..<end))
                index = end
                line += 1
                lineStart = index
                textStart = index
                continue
            }
            guard byte == Self.openBrace, index + 1 < bytes.count, bytes[index + 1] == Self.openBrace else {
                index += 1
                continue
            }
            endText(at: index)
            let tagLocation = location(index)
            let read = readTag(at: index, location: tagLocation)
            // Lines crossed by a comment still count.
            for offset in index..<read.end where bytes[offset] == Self.lineFeed {
                line += 1
                lineStart = offset + 1
            }
            if let tag = read.tag { tokens.append(.tag(tag)) }
            index = read.end
            textStart = index
        }
        endText(at: bytes.count)
    }

    /// The tag whose `{{` is at `start`, or nil when it is not closed (a problem is recorded), and where
    /// reading goes on.
    private mutating func readTag(at start: Int, location: SourceLocation) -> (tag: Tag?, end: Int) {
        var contentStart = start + 2
        while contentStart < bytes.count, bytes[contentStart] == Self.space || bytes[contentStart] == Self.tab { contentStart += 1 }
        let sigil = contentStart < bytes.count ? bytes[contentStart] : 0
        let isComment = sigil == UInt8(ascii: "!")
        var end = start + 2
        var closed = false
        while end < bytes.count {
            if bytes[end] == Self.closeBrace, end + 1 < bytes.count, bytes[end + 1] == Self.closeBrace {
                closed = true
                break
            }
            if !isComment, bytes[end] == Self.lineFeed || bytes[end] == Self.carriageReturn
                || (bytes[end] == Self.openBrace && end + 1 < bytes.count && bytes[end + 1] == Self.openBrace)
            {
                break
            }
            end += 1
        }
        let written = String(decoding: bytes[start..<end], as: UTF8.self)
        let isTriple = sigil == Self.openBrace
        guard closed else {
            // The quote ends at a lone '}' if there is one (`{{#added}`), else with the line.
            let quote = isComment ? written : written.firstIndex(of: "}").map { String(written[...$0]) } ?? written
            report(quote: quote, closing: isTriple ? "}}}" : "}}", isComment: isComment, at: location)
            return (nil, isComment ? bytes.count : end)
        }
        var tagEnd = end + 2
        if isTriple {
            guard tagEnd < bytes.count, bytes[tagEnd] == Self.closeBrace else {
                report(quote: written + "}}", closing: "}}}", isComment: false, at: location)
                return (nil, tagEnd)
            }
            tagEnd += 1
        }
        let kind: Tag.Kind
        switch sigil {
        case UInt8(ascii: "#"): kind = .section
        case UInt8(ascii: "^"): kind = .inverted
        case UInt8(ascii: "/"): kind = .close
        case UInt8(ascii: "!"): kind = .comment
        case UInt8(ascii: ">"): kind = .partial
        case UInt8(ascii: "<"): kind = .parent
        case UInt8(ascii: "$"): kind = .block
        case UInt8(ascii: "="): kind = .delimiters
        case UInt8(ascii: "%"): kind = .pragma
        case UInt8(ascii: "&"), Self.openBrace: kind = .raw
        default: kind = .value
        }
        let nameStart = kind == .value ? contentStart : contentStart + 1
        let name = String(decoding: bytes[min(nameStart, end)..<end], as: UTF8.self).trimmingWhitespace()
        return (Tag(kind: kind, name: name, location: location), tagEnd)
    }

    private mutating func report(quote: String, closing: String, isComment: Bool, at location: SourceLocation) {
        let firstLine = String(quote.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }).trimmingWhitespace()
        let shown = firstLine.count > 40 ? String(firstLine.prefix(40)) + "…" : firstLine
        if isComment {
            problems.append(
                .error(
                    at: location, "template syntax error: comment '\(shown)' is not closed with '}}'", code: "template-syntax",
                    hint: "end the comment with '}}'"))
        } else {
            problems.append(
                .error(
                    at: location, "template syntax error: tag '\(shown)' is not closed with '\(closing)'", code: "template-syntax",
                    hint: "end it with '\(closing)' on the same line: only comments may span lines"))
        }
    }

    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")
}
