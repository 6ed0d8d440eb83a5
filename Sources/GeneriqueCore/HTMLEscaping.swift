/// HTML escaping of text: the five characters that can end text or an attribute value (`&`, `<`, `>`, `"`,
/// `'`) become entities, over UTF-8 bytes. Templates (through swift-mustache's content type) and the error
/// page of `serve` both use it.
public enum HTMLEscaping {
    /// `text` with `&`, `<`, `>`, `"` and `'` as entities; most names and URLs have none and come back as they are.
    public static func escape(_ text: String) -> String {
        var text = text
        // `withUTF8` gives a native string's bytes in place (it copies only a string that is not native).
        return switch text.withUTF8(escapingBytes) {
        case .unchanged: text
        case .escaped(let escaped): escaped
        case .needsCharacters: escapingCharacters(text)
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

    /// The rule character by character (as swift-mustache escapes), for the rare text where bytes are not enough.
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
