/// French-style ordering of names: accents, punctuation and case only break ties, œ sorts as oe, digits
/// numerically.
public struct CollationKey: Sendable, Hashable, Comparable {
    /// Folded words without punctuation, one space between them, digit runs made comparable as numbers;
    /// decides the order: "Festival d’Annecy" (`festival dannecy`) before "Festival du court métrage".
    public let primary: String
    /// Lowercased text with its accents: "Elodie" before "Élodie" when the letters are equal.
    public let secondary: String
    /// The original text: case decides last.
    public let tertiary: String

    /// The key for a display or sort name.
    public init(_ text: String) {
        let trimmed = text.trimmingWhitespace()
        primary = Self.numericallyComparable(Self.words(of: trimmed))
        secondary = trimmed.lowercased()
        tertiary = trimmed
    }

    /// A key from its parts, as `init(_:)` computed them (the parse cache reads keys back).
    init(primary: String, secondary: String, tertiary: String) {
        self.primary = primary
        self.secondary = secondary
        self.tertiary = tertiary
    }

    public static func < (lhs: CollationKey, rhs: CollationKey) -> Bool {
        (lhs.primary, lhs.secondary, lhs.tertiary) < (rhs.primary, rhs.secondary, rhs.tertiary)
    }

    /// The A–Z section a name is listed under, from its first letter once punctuation is ignored: "É" → "E",
    /// "Œ" → "O", "« Cinéma »" → "C", digits → "0–9", anything else "#".
    public var initial: String {
        guard let first = primary.unicodeScalars.first(where: { !$0.properties.isWhitespace }) else { return "#" }
        if ("a"..."z").contains(first) { return String(first).uppercased() }
        if first.value < 0x20 || ("0"..."9").contains(first) { return "0–9" }
        return "#"
    }

    /// The folded letters, digits and symbols of `text`, word by word: punctuation dropped (`d’Annecy` →
    /// `dannecy`, `«Zoom»` → `zoom`), each run of white space one space, none at either end.
    private static func words(of text: String) -> String {
        let scalars = text.unicodeScalars
        // Dropped before folding, which would turn some of it into spaces (´ decomposes to a space and a mark).
        let kept = scalars.contains(where: TextFolding.isPunctuation)
            ? String(String.UnicodeScalarView(scalars.filter { !TextFolding.isPunctuation($0) })) : text
        var words = String.UnicodeScalarView()
        var pendingSpace = false
        // Folding can make punctuation of a symbol ("⑴" → "(1)"): dropped too.
        for scalar in TextFolding.fold(kept).unicodeScalars where !TextFolding.isPunctuation(scalar) {
            if scalar.properties.isWhitespace {
                pendingSpace = !words.isEmpty
            } else {
                if pendingSpace { words.append(" ") }
                pendingSpace = false
                words.append(scalar)
            }
        }
        return String(words)
    }

    /// Replaces every run of digits by its length (as one control character) and its digits without leading
    /// zeros, so that plain string order compares numbers by value: "2" < "10".
    private static func numericallyComparable(_ text: String) -> String {
        guard text.utf8.contains(where: { (0x30...0x39).contains($0) }) else { return text }
        var result = String.UnicodeScalarView()
        var digits = String.UnicodeScalarView()
        func flush() {
            guard !digits.isEmpty else { return }
            let significant = digits.drop(while: { $0 == "0" })
            let value = significant.isEmpty ? ["0"] : Array(significant)
            // Control characters sort before spaces and letters; the length makes 9 < 10.
            result.append(Unicode.Scalar(UInt8(min(value.count, 31))))
            result.append(contentsOf: value)
            digits.removeAll()
        }
        for scalar in text.unicodeScalars {
            if ("0"..."9").contains(scalar) {
                digits.append(scalar)
            } else {
                flush()
                result.append(scalar)
            }
        }
        flush()
        return String(result)
    }
}

extension String {
    /// The string without leading and trailing white space (including no-break spaces).
    public func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[start...end])
    }
}
