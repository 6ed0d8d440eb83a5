/// Texts written into front matter by the commands that create entries, so that they read back as exactly
/// the text given, whatever it holds.
public enum YAMLScalar {
    /// A double-quoted scalar that reads back as exactly `text`: `"` and `\` are escaped, and so is every
    /// character libyaml refuses raw or would read as a line break (controls, U+2028/9, the byte-order mark).
    public static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x22: result += "\\\""
            case 0x5C: result += "\\\\"
            case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF:
                let digits = String(scalar.value, radix: 16, uppercase: true)
                result += "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// `text` plain when it reads back as that text unquoted (a handle: `nom.bsky.social`, `nom@instance.fr`),
    /// otherwise `quoted(text)`: anything with other characters, starting with a sign YAML reserves (`@`,
    /// `-`), or that YAML could read as a number, a boolean or null.
    public static func plainOrQuoted(_ text: String) -> String {
        func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
        }
        let allowed = text.unicodeScalars.allSatisfy { isAlphanumeric($0) || "_.-@".unicodeScalars.contains($0) }
        let startsWell = text.unicodeScalars.first.map(isAlphanumeric) ?? false
        let keywords: Set<String> = ["true", "false", "yes", "no", "on", "off", "y", "n", "null"]
        let plain = allowed && startsWell && Double(text) == nil && !keywords.contains(text.lowercased())
        return plain ? text : quoted(text)
    }
}
