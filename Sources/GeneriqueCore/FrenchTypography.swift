/// French typography for running text: a narrow no-break space (U+202F) before `;` `!` `?`, a no-break space
/// (U+00A0) before `:` and inside « », guillemets for first-level quotes (“ ” inside them), the typographic
/// apostrophe, and no-break spaces in numbers (`10 000 €`, `50 %`).
///
/// Callers pass text only — never code, URLs, attributes or handles. Within text the rules still leave
/// alone what looks like a URL, a time or a ratio: a mark is spaced only when it ends a word and is
/// followed by a space, a closing mark or the end ("20:30", "2,39:1", "https://…", "?q=1" stay untouched).
public enum FrenchTypography {
    /// Narrow no-break space: before `;` `!` `?` and `%`, between groups of digits.
    public static let narrowNoBreakSpace: Unicode.Scalar = "\u{202F}"
    /// No-break space: before `:` and `€`, inside guillemets.
    public static let noBreakSpace: Unicode.Scalar = "\u{A0}"

    /// The quotation marks open so far in a paragraph, innermost last: what a closing mark closes, and
    /// whether a new quotation is first-level (guillemets) or nested (“ ”).
    public struct Quotes: Sendable, Equatable {
        enum Mark: Sendable, Equatable { case guillemet, english }
        var open: [Mark] = []

        /// No quotation open: the start of a paragraph.
        public init() {}
    }

    /// The rules applied to a text on its own: a name, a title, a description.
    public static func apply(to text: String) -> String {
        var quotes = Quotes()
        return apply(to: text, continuesText: false, quotes: &quotes)
    }

    /// The rules applied to one run of a paragraph. `continuesText` says whether text precedes this run in the
    /// same paragraph (an inline element before it), so a mark at the very start still gets its space;
    /// `quotes` carries the open quotations from run to run.
    public static func apply(to text: String, continuesText: Bool, quotes: inout Quotes) -> String {
        guard needsAttention(text.utf8) else { return text }
        let input = Array(text.unicodeScalars)
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(input.count + 8)
        for (index, scalar) in input.enumerated() {
            let next = index + 1 < input.count ? input[index + 1] : nil
            let atStart = output.isEmpty && !continuesText
            switch scalar {
            case ";", "!", "?", ":":
                let space = scalar == ":" ? noBreakSpace : narrowNoBreakSpace
                if let before = output.last, isSpace(before) {
                    output.removeLast()
                    output.append(space)
                } else if endsWord(output.last, atStart: continuesText && output.isEmpty), closesPhrase(next) {
                    output.append(space)
                }
                output.append(scalar)
            case "«":
                quotes.open.append(.guillemet)
                openGuillemet(&output, next: next)
            case "»":
                if quotes.open.last == .guillemet { quotes.open.removeLast() }
                closeGuillemet(&output, continuesText: continuesText)
            // A curly opening quote always opens; a straight one only where a quotation can begin.
            case _ where scalar == "“" || (scalar == "\"" && opensQuotation(after: output.last, atStart: atStart)):
                if quotes.open.isEmpty {
                    quotes.open.append(.guillemet)
                    openGuillemet(&output, next: next)
                } else {
                    quotes.open.append(.english)
                    output.append("“")
                }
            case "”", "\"":
                if quotes.open.last == .english {
                    quotes.open.removeLast()
                    output.append("”")
                } else if quotes.open.last == .guillemet {
                    quotes.open.removeLast()
                    closeGuillemet(&output, continuesText: continuesText)
                } else {
                    output.append(scalar)
                }
            case " " where output.last == "«":
                output.append(noBreakSpace)
            case "'" where isLetter(output.last) && isLetter(next):
                output.append("\u{2019}")
            case " ", noBreakSpace, narrowNoBreakSpace:
                output.append(numberSpace(before: input, at: index + 1, after: output) ?? scalar)
            case "%" where isDigit(output.last):
                output.append(narrowNoBreakSpace)
                output.append(scalar)
            case "€" where isDigit(output.last):
                output.append(noBreakSpace)
                output.append(scalar)
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

    /// Whether the text holds one of the marks the rules act on: `; ! ? : ' " %`, « » (C2 AB, C2 BB in UTF-8),
    /// “ ” (E2 80 9C/9D), € (E2 82 AC), or a digit, a space and a digit. Decided on the bytes: most text runs
    /// have none, and scalar decoding cost more than the rules.
    private static func needsAttention(_ utf8: some Sequence<UInt8>) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: ";"), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: "'"),
                UInt8(ascii: "\""), UInt8(ascii: "%"):
                return true
            case 0xAB where previous == 0xC2, 0xBB where previous == 0xC2:
                return true
            case 0x9C where previous == 0x80 && beforePrevious == 0xE2, 0x9D where previous == 0x80 && beforePrevious == 0xE2:
                return true
            case 0xAC where previous == 0x82 && beforePrevious == 0xE2:
                return true
            case UInt8(ascii: "0")...UInt8(ascii: "9") where previous == UInt8(ascii: " ") && isDigitByte(beforePrevious):
                return true
            default:
                break
            }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    private static func openGuillemet(_ output: inout [Unicode.Scalar], next: Unicode.Scalar?) {
        output.append("«")
        if let next, !isWhitespace(next) { output.append(noBreakSpace) }
    }

    private static func closeGuillemet(_ output: inout [Unicode.Scalar], continuesText: Bool) {
        if let before = output.last, before == " " || before == narrowNoBreakSpace {
            output.removeLast()
            output.append(noBreakSpace)
        } else if let before = output.last, before != noBreakSpace {
            output.append(noBreakSpace)
        } else if output.isEmpty && continuesText {
            output.append(noBreakSpace)
        }
        output.append("»")
    }

    /// A straight or English opening quote opens a quotation at the start of a text, or after a space or an
    /// opening bracket; anywhere else it closes one.
    private static func opensQuotation(after scalar: Unicode.Scalar?, atStart: Bool) -> Bool {
        guard let scalar else { return atStart }
        return isWhitespace(scalar) || scalar == "(" || scalar == "[" || scalar == "—" || scalar == "–"
    }

    /// The space to put between the digits before `index` and what follows, when the space there separates
    /// digit groups (`10 000`: a run of one to three digits, then exactly three) or a number from `%` or `€`;
    /// nil to keep the space as written.
    private static func numberSpace(before input: [Unicode.Scalar], at index: Int, after output: [Unicode.Scalar])
        -> Unicode.Scalar?
    {
        guard isDigit(output.last), index < input.count else { return nil }
        if input[index] == "%" { return narrowNoBreakSpace }
        if input[index] == "€" { return noBreakSpace }
        let following = input[index...].prefix(4)
        guard following.prefix(3).count == 3, following.prefix(3).allSatisfy({ isDigit($0) }),
            following.count < 4 || !isDigit(following.last)
        else { return nil }
        let run = output.reversed().prefix(while: { isDigit($0) }).count
        let beforeRun = output.count > run ? output[output.count - run - 1] : nil
        guard (1...3).contains(run), beforeRun.map({ !isLetter($0) && $0 != "," && $0 != "." }) ?? true else { return nil }
        return narrowNoBreakSpace
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

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == noBreakSpace || scalar == narrowNoBreakSpace
    }

    private static func isDigit(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return ("0"..."9").contains(scalar)
    }

    private static func isDigitByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
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
