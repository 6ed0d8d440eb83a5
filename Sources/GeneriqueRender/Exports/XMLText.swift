/// Text made safe for an XML 1.0 document, in element content and in attribute values alike.
enum XMLText {
    /// `text` with the five markup characters as entities, tab and line breaks as character references, and the
    /// characters XML 1.0 forbids (C0 controls other than tab, LF and CR; U+FFFE and U+FFFF) removed.
    ///
    /// Tab, LF and CR are written as references because a parser turns them into spaces inside attribute values
    /// and turns CR into LF everywhere; as references they come back exactly as written. Forbidden characters
    /// cannot be written at all, not even as references, so dropping them is the only way to stay well-formed.
    static func escape(_ text: String) -> String {
        // Most names and URLs need nothing: checking the bytes is far cheaper than rebuilding the string.
        if !text.utf8.contains(where: needsWork) { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t": result += "&#9;"
            case "\n": result += "&#10;"
            case "\r": result += "&#13;"
            default:
                if isAllowed(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    /// Bytes that may start something `escape` changes: markup characters, controls, and 0xEF, the first byte
    /// of U+FFFE and U+FFFF in UTF-8 (other characters starting with it are kept by the slow path).
    private static func needsWork(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == 0xEF
    }

    /// The XML 1.0 `Char` production; surrogates cannot occur in a `Unicode.Scalar`, so only the controls and the
    /// two noncharacters remain to exclude.
    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF
    }
}
