/// French spacing rules for running text: a narrow no-break space (U+202F) before `;` `!` `?`, a no-break
/// space (U+00A0) before `:` and inside « », and the typographic apostrophe.
///
/// Callers pass text only — never code, URLs, attributes or handles. Within text the rules still leave
/// alone what looks like a URL, a time or a ratio: a mark is spaced only when it ends a word and is
/// followed by a space, a closing mark or the end ("20:30", "2,39:1", "https://…", "?q=1" stay untouched).
public enum FrenchTypography {
    /// Narrow no-break space, before `;` `!` `?`.
    public static let narrowNoBreakSpace: Unicode.Scalar = "\u{202F}"
    /// No-break space, before `:` and inside guillemets.
    public static let noBreakSpace: Unicode.Scalar = "\u{A0}"

    /// Applies the rules to one run of text. `continuesText` says whether text precedes this run in the same
    /// paragraph (an inline element before it), so a mark at the very start still gets its space.
    public static func apply(to text: String, continuesText: Bool = false) -> String {
        guard needsAttention(text.utf8) else { return text }
        let input = Array(text.unicodeScalars)
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(input.count + 8)
        for (index, scalar) in input.enumerated() {
            let next = index + 1 < input.count ? input[index + 1] : nil
            switch scalar {
            case ";", "!", "?", ":":
                let space = scalar == ":" ? noBreakSpace : narrowNoBreakSpace
                if let before = output.last, before == " " || before == noBreakSpace || before == narrowNoBreakSpace {
                    output.removeLast()
                    output.append(space)
                } else if endsWord(output.last, atStart: continuesText && output.isEmpty), closesPhrase(next) {
                    output.append(space)
                }
                output.append(scalar)
            case "«":
                output.append(scalar)
                if let next, !isWhitespace(next) { output.append(noBreakSpace) }
            case "»":
                if let before = output.last, before == " " || before == narrowNoBreakSpace {
                    output.removeLast()
                    output.append(noBreakSpace)
                } else if let before = output.last, before != noBreakSpace {
                    output.append(noBreakSpace)
                } else if output.isEmpty && continuesText {
                    output.append(noBreakSpace)
                }
                output.append(scalar)
            case " " where output.last == "«":
                output.append(noBreakSpace)
            case "'" where isLetter(output.last) && isLetter(next):
                output.append("\u{2019}")
            default:
                output.append(scalar)
            }
        }
        return string(of: output)
    }

    /// Whether `apply` may change the text whose UTF-8 bytes these are: false means it returns the text as it
    /// is, so callers holding bytes can skip making a `String` of them.
    public static func mayChange(utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        needsAttention(utf8)
    }

    /// Whether the text holds one of the marks the rules act on: `;` `!` `?` `:` `'`, or « » (C2 AB, C2 BB in
    /// UTF-8). Decided on the bytes: most text runs have none, and scalar decoding cost more than the rules.
    private static func needsAttention(_ utf8: some Sequence<UInt8>) -> Bool {
        var afterC2 = false
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: ";"), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: "'"):
                return true
            case 0xAB where afterC2, 0xBB where afterC2:
                return true
            default:
                afterC2 = byte == 0xC2
            }
        }
        return false
    }

    /// A word (letter, digit or closing mark) ends right before the punctuation.
    private static func endsWord(_ scalar: Unicode.Scalar?, atStart: Bool) -> Bool {
        guard let scalar else { return atStart }
        switch scalar {
        case "0"..."9", ")", "]", "»", "”", "’", "*", "_": return true
        default: return isLetter(scalar)
        }
    }

    /// After the punctuation comes a space, the end, another mark of the same family or a closing mark.
    private static func closesPhrase(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return true }
        switch scalar {
        case "!", "?", ";", ":", "»", ".", ")", "]", "”", "’": return true
        default: return isWhitespace(scalar)
        }
    }

    /// Unicode's letters; ASCII decided without the property lookup.
    private static func isLetter(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        if scalar.isASCII { return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) }
        return scalar.properties.isAlphabetic
    }

    /// Unicode's white space; ASCII decided without the property lookup.
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
        return scalar.properties.isWhitespace
    }

    private static func string(of scalars: [Unicode.Scalar]) -> String {
        var result = ""
        result.unicodeScalars.append(contentsOf: scalars)
        return result
    }
}
