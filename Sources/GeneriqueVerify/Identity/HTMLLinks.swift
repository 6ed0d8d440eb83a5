import Foundation

/// The links of an HTML page or fragment: each `<a>` and `<link>` with its `href` and `rel` tokens, read
/// tag by tag (comments skipped, attributes quoted or not, the common character references decoded). Enough
/// for `rel="me"` and for Mastodon's profile fields; not a full HTML parser, and no script runs.
struct HTMLLinks {
    /// One link.
    struct Link: Equatable {
        let href: String
        /// The `rel` tokens, lowercased.
        let rel: Set<String>
    }

    /// The links, in the order written.
    let links: [Link]

    /// The `href`s of links whose `rel` includes `me`.
    var relMe: [String] { links.filter { $0.rel.contains("me") }.map(\.href) }

    init(_ bytes: [UInt8]) {
        let text = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
        var links: [Link] = []
        var index = 0
        while index < text.count {
            guard text[index] == "<" else {
                index += 1
                continue
            }
            if Self.starts(text, at: index, with: "<!--") {
                index = Self.find(text, "-->", from: index + 4).map { $0 + 3 } ?? text.count
                continue
            }
            var cursor = index + 1
            let name = Self.word(text, &cursor).lowercased()
            guard name == "a" || name == "link" else {
                index += 1
                continue
            }
            let attributes = Self.attributes(text, &cursor)
            if let href = attributes["href"] {
                let rel = Set((attributes["rel"] ?? "").lowercased().split(whereSeparator: \.isWhitespace).map(String.init))
                links.append(Link(href: href.trimmingCharacters(in: .whitespaces), rel: rel))
            }
            index = cursor
        }
        self.links = links
    }

    private static func attributes(_ text: [Unicode.Scalar], _ cursor: inout Int) -> [String: String] {
        var attributes: [String: String] = [:]
        while cursor < text.count {
            while cursor < text.count, text[cursor].properties.isWhitespace || text[cursor] == "/" { cursor += 1 }
            guard cursor < text.count, text[cursor] != ">" else { break }
            let name = word(text, &cursor).lowercased()
            if name.isEmpty {
                cursor += 1
                continue
            }
            while cursor < text.count, text[cursor].properties.isWhitespace { cursor += 1 }
            guard cursor < text.count, text[cursor] == "=" else {
                attributes[name] = attributes[name] ?? ""
                continue
            }
            cursor += 1
            while cursor < text.count, text[cursor].properties.isWhitespace { cursor += 1 }
            var value = ""
            if cursor < text.count, text[cursor] == "\"" || text[cursor] == "'" {
                let quote = text[cursor]
                let end = text[(cursor + 1)...].firstIndex(of: quote) ?? text.count
                value = String(String.UnicodeScalarView(text[(cursor + 1)..<end]))
                cursor = min(end + 1, text.count)
            } else {
                let start = cursor
                while cursor < text.count, !text[cursor].properties.isWhitespace, text[cursor] != ">" { cursor += 1 }
                value = String(String.UnicodeScalarView(text[start..<cursor]))
            }
            // The first of two equal attributes counts, as in browsers.
            if attributes[name] == nil { attributes[name] = decodeReferences(value) }
        }
        if cursor < text.count { cursor += 1 }
        return attributes
    }

    /// Letters, digits, `-`, `_` and `:` from `cursor`.
    private static func word(_ text: [Unicode.Scalar], _ cursor: inout Int) -> String {
        let start = cursor
        while cursor < text.count,
            text[cursor].properties.isAlphabetic || ("0"..."9").contains(text[cursor])
                || "-_:".unicodeScalars.contains(text[cursor])
        {
            cursor += 1
        }
        return String(String.UnicodeScalarView(text[start..<cursor]))
    }

    private static func starts(_ text: [Unicode.Scalar], at index: Int, with prefix: String) -> Bool {
        let scalars = Array(prefix.unicodeScalars)
        return index + scalars.count <= text.count && Array(text[index..<index + scalars.count]) == scalars
    }

    private static func find(_ text: [Unicode.Scalar], _ needle: String, from start: Int) -> Int? {
        var index = start
        while index < text.count {
            if starts(text, at: index, with: needle) { return index }
            index += 1
        }
        return nil
    }

    /// `&amp;`, `&quot;`, `&apos;`, `&lt;`, `&gt;` and numeric references; others are left as written.
    private static func decodeReferences(_ value: String) -> String {
        guard value.contains("&") else { return value }
        var result = ""
        var rest = Substring(value)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            rest = rest[ampersand...]
            guard let semicolon = rest.prefix(12).firstIndex(of: ";") else {
                result += "&"
                rest = rest.dropFirst()
                continue
            }
            let name = rest[rest.index(after: rest.startIndex)..<semicolon]
            let named: [Substring: String] = ["amp": "&", "quot": "\"", "apos": "'", "lt": "<", "gt": ">"]
            var decoded = named[name]
            if decoded == nil, name.hasPrefix("#") {
                let digits = name.dropFirst()
                let isHex = digits.hasPrefix("x") || digits.hasPrefix("X")
                let number = isHex ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
                decoded = number.flatMap(Unicode.Scalar.init).map { String($0) }
            }
            if let decoded {
                result += decoded
                rest = rest[rest.index(after: semicolon)...]
            } else {
                result += "&"
                rest = rest.dropFirst()
            }
        }
        return result + rest
    }
}
