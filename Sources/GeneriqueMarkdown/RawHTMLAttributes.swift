/// The tags of a raw HTML fragment (what `unsafe_html: true` lets through) with their attributes, as byte ranges
/// of the fragment: enough to check every URL an attribute holds and to drop or rewrite attributes, without
/// being an HTML parser. Text between tags, comments, `<!…>` and `<?…>` are skipped.
struct RawHTMLTag {
    /// The element's name, lowercased.
    let name: String
    /// `</name>`.
    let isClosing: Bool
    /// `<name … />`, or an element that never has content (`<img>`, `<br>`…).
    let isVoid: Bool
    /// The attributes in order.
    let attributes: [Attribute]

    /// One `name`, `name=value`, `name="value"` or `name='value'`.
    struct Attribute {
        /// Lowercased.
        let name: String
        /// The value with character references decoded; nil for an attribute without one.
        let value: String?
        /// From the white space before the name to the end of the value: what dropping the attribute removes.
        let range: Range<Int>
        /// Where the name starts, for diagnostics.
        let nameOffset: Int
    }

    /// Elements without content, whose `lang` never spans text.
    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]

    /// Every tag of `html`, in order.
    static func scan(_ html: [UInt8]) -> [RawHTMLTag] {
        var tags: [RawHTMLTag] = []
        var index = 0
        while let open = html[index...].firstIndex(of: UInt8(ascii: "<")) {
            index = open + 1
            guard index < html.count else { break }
            if html[index...].starts(with: Array("!--".utf8)) {
                index = end(of: "-->", in: html, from: index + 3)
                continue
            }
            if html[index] == UInt8(ascii: "!") || html[index] == UInt8(ascii: "?") {
                index = end(of: ">", in: html, from: index)
                continue
            }
            let isClosing = html[index] == UInt8(ascii: "/")
            let nameStart = isClosing ? index + 1 : index
            guard nameStart < html.count, isLetter(html[nameStart]) else { continue }
            var cursor = nameStart
            while cursor < html.count, isNameByte(html[cursor]) { cursor += 1 }
            let name = String(decoding: html[nameStart..<cursor], as: UTF8.self).lowercased()
            var attributes: [Attribute] = []
            var selfClosing = false
            while cursor < html.count {
                let spaceStart = cursor
                while cursor < html.count, isSpace(html[cursor]) { cursor += 1 }
                guard cursor < html.count else { break }
                if html[cursor] == UInt8(ascii: ">") { cursor += 1; break }
                if html[cursor] == UInt8(ascii: "/") {
                    selfClosing = cursor + 1 < html.count && html[cursor + 1] == UInt8(ascii: ">")
                    cursor += 1
                    continue
                }
                let (attribute, next) = attribute(in: html, from: cursor, spaceStart: spaceStart)
                attributes.append(attribute)
                cursor = next
            }
            tags.append(
                RawHTMLTag(
                    name: name, isClosing: isClosing, isVoid: selfClosing || voidElements.contains(name),
                    attributes: isClosing ? [] : attributes))
            index = cursor
        }
        return tags
    }

    /// The attribute starting at `start`, and where the next one may start.
    private static func attribute(in html: [UInt8], from start: Int, spaceStart: Int) -> (Attribute, Int) {
        var cursor = start
        while cursor < html.count, !isSpace(html[cursor]), !"=>\"'".utf8.contains(html[cursor]),
            !(html[cursor] == UInt8(ascii: "/") && cursor > start)
        {
            cursor += 1
        }
        if cursor == start { cursor += 1 }  // a stray quote: skip it
        let name = String(decoding: html[start..<cursor], as: UTF8.self).lowercased()
        var probe = cursor
        while probe < html.count, isSpace(html[probe]) { probe += 1 }
        guard probe < html.count, html[probe] == UInt8(ascii: "=") else {
            return (Attribute(name: name, value: nil, range: spaceStart..<cursor, nameOffset: start), cursor)
        }
        probe += 1
        while probe < html.count, isSpace(html[probe]) { probe += 1 }
        var valueStart = probe
        var valueEnd: Int
        var next: Int
        if probe < html.count, html[probe] == UInt8(ascii: "\"") || html[probe] == UInt8(ascii: "'") {
            let quote = html[probe]
            valueStart = probe + 1
            valueEnd = html[valueStart...].firstIndex(of: quote) ?? html.count
            next = min(valueEnd + 1, html.count)
        } else {
            valueEnd = probe
            while valueEnd < html.count, !isSpace(html[valueEnd]), html[valueEnd] != UInt8(ascii: ">") { valueEnd += 1 }
            next = valueEnd
        }
        let value = CharacterReferences.decode(String(decoding: html[valueStart..<valueEnd], as: UTF8.self))
        return (Attribute(name: name, value: value, range: spaceStart..<next, nameOffset: start), next)
    }

    private static func end(of terminator: String, in html: [UInt8], from start: Int) -> Int {
        let pattern = Array(terminator.utf8)
        var index = start
        while index + pattern.count <= html.count {
            if html[index..<index + pattern.count].elementsEqual(pattern) { return index + pattern.count }
            index += 1
        }
        return html.count
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: ":")
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }
}

/// HTML character references in attribute values, decoded as a browser would before using the value: a
/// `javascript&#58;` link is a `javascript:` link.
enum CharacterReferences {
    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "colon": ":", "tab": "\t", "newline": "\n",
        "sol": "/", "period": ".", "lpar": "(", "rpar": ")", "nbsp": "\u{A0}",
    ]

    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let afterAmpersand = rest.index(after: ampersand)
            let reference = rest[afterAmpersand...].prefix { $0.isLetter || $0.isNumber || $0 == "#" }
            let afterReference = reference.endIndex
            let hasSemicolon = afterReference < rest.endIndex && rest[afterReference] == ";"
            if let decoded = value(of: String(reference)) {
                result += decoded
                rest = rest[(hasSemicolon ? rest.index(after: afterReference) : afterReference)...]
            } else {
                result += "&"
                rest = rest[afterAmpersand...]
            }
        }
        return result + rest
    }

    private static func value(of reference: String) -> String? {
        if reference.hasPrefix("#") {
            let digits = reference.dropFirst()
            let number = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return number.flatMap(Unicode.Scalar.init).map { String(Character($0)) } ?? (digits.isEmpty ? nil : "\u{FFFD}")
        }
        return named[reference.lowercased()]
    }
}
