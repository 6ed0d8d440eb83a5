import Mustache

/// How `{{value}}` is escaped in every template: the same five characters, to the same entities, as
/// swift-mustache's own HTML escaping, but over UTF-8 bytes. The library's version looks each `Character` up in
/// a dictionary and rebuilds every string, even one with nothing to escape, which profiled at an eighth of a
/// build; most values (names, URLs, labels) have nothing to escape and are returned as they are.
struct TemplateEscaping: MustacheContentType {
    /// The line put before every template so that its `{{value}}` tags use this escaping. swift-mustache
    /// selects a content type only through this pragma; a pragma alone on its line is a standalone tag, so
    /// the line, newline included, renders as nothing. Parents and partials start over with the library's
    /// default (`withPartial`), which is why every template gets the line, not only page templates.
    ///
    /// The parser looks the name up when it reads the pragma, so the line exists only once the content type
    /// is registered: the first read registers it, once per process. The registry is a process-wide table
    /// owned by swift-mustache (behind its own lock), not state of ours; the entry is a stateless value
    /// under a name of our own, so it changes no other template in the process (only one naming it in a
    /// pragma uses it), and registering it again would write the same thing.
    static let pragmaLine: String = {
        let name = "GENERIQUE_HTML"
        MustacheContentTypes.register(TemplateEscaping(), named: name)
        return "{{% CONTENT_TYPE: \(name) }}\n"
    }()

    func escapeText(_ text: String) -> String {
        var text = text
        // `withUTF8` gives a native string's bytes in place (it copies only a string that is not native).
        return switch text.withUTF8(Self.escapingBytes) {
        case .unchanged: text
        case .escaped(let escaped): escaped
        case .needsCharacters: Self.escapingCharacters(text)
        }
    }

    private enum Outcome {
        case unchanged
        case escaped(String)
        /// A special byte touches a non-ASCII one: see `escapingBytes`.
        case needsCharacters
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }

    private static func entity(_ byte: UInt8) -> StaticString {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        default: "&#39;"
        }
    }

    /// The escaped text, unless a special byte touches a non-ASCII one. swift-mustache escapes whole
    /// characters (grapheme clusters): `<` followed by a combining mark is one character, not `<`, and the
    /// library leaves it as it is. A special byte between ASCII bytes is always a character of its own.
    private static func escapingBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Outcome {
        guard let first = bytes.firstIndex(where: isSpecial) else { return .unchanged }
        var length = bytes.count
        for index in first..<bytes.count where isSpecial(bytes[index]) {
            if index > 0, bytes[index - 1] >= 0x80 { return .needsCharacters }
            if index + 1 < bytes.count, bytes[index + 1] >= 0x80 { return .needsCharacters }
            length += entity(bytes[index]).utf8CodeUnitCount - 1
        }
        let escaped = String(unsafeUninitializedCapacity: length) { output in
            var written = output.initialize(fromContentsOf: bytes[..<first])
            for byte in bytes[first...] {
                guard isSpecial(byte) else {
                    output[written] = byte
                    written += 1
                    continue
                }
                let replacement = entity(byte)
                let entityBytes = UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount)
                written = output[written...].initialize(fromContentsOf: entityBytes)
            }
            return written
        }
        return .escaped(escaped)
    }

    /// swift-mustache's own rule, character by character, for the rare text where bytes are not enough.
    private static func escapingCharacters(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
