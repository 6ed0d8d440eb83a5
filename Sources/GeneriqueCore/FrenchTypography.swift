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
        guard text.unicodeScalars.contains(where: needsAttention) else { return text }
        let input = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
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
                if let next, !next.properties.isWhitespace { output.append(noBreakSpace) }
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
        return String(output)
    }

    private static func needsAttention(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ";", "!", "?", ":", "«", "»", "'": true
        default: false
        }
    }

    /// A word (letter, digit or closing mark) ends right before the punctuation.
    private static func endsWord(_ scalar: Unicode.Scalar?, atStart: Bool) -> Bool {
        guard let scalar else { return atStart }
        return isLetter(scalar) || ("0"..."9").contains(scalar) || ")]»”’*_".unicodeScalars.contains(scalar)
    }

    /// After the punctuation comes a space, the end, another mark of the same family or a closing mark.
    private static func closesPhrase(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return true }
        return scalar.properties.isWhitespace || "!?;:».)]”’".unicodeScalars.contains(scalar)
    }

    private static func isLetter(_ scalar: Unicode.Scalar?) -> Bool {
        scalar?.properties.isAlphabetic ?? false
    }
}
