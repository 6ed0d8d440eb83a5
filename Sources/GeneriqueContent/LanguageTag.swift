/// The syntax of a BCP 47 language tag (RFC 5646 §2.1): `fr`, `fr-FR`, `fr-CA`, `br`, `oc`, `fr-Latn-FR`,
/// `zh-yue-HK`, `de-CH-1901`, `fr-x-guide`. The primary language subtag must have 2 or 3 letters (ISO 639):
/// RFC 5646 keeps 4 letters for future use and allows 5 to 8 only for registered languages, of which there
/// are none, so `french` is refused, as are `fr_FR` and `f`. Letter case does not matter.
enum LanguageTag {
    /// Whether `text` is a well-formed tag of that syntax.
    static func isWellFormed(_ text: String) -> Bool {
        let subtags = text.split(separator: "-", omittingEmptySubsequences: false).map { $0.lowercased() }
        guard subtags.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }),
            let language = subtags.first, isLetters(language, 2...3)
        else { return false }
        var index = 1
        // Up to three extended language subtags, then script, region and variants, each optional, in order.
        var extlangs = 0
        while index < subtags.count, extlangs < 3, isLetters(subtags[index], 3...3) {
            index += 1
            extlangs += 1
        }
        if index < subtags.count, isLetters(subtags[index], 4...4) { index += 1 }
        if index < subtags.count, isLetters(subtags[index], 2...2) || isDigits(subtags[index], 3...3) { index += 1 }
        while index < subtags.count, isVariant(subtags[index]) { index += 1 }
        // Extensions: a singleton (any letter or digit but x) and at least one subtag of 2 to 8 characters.
        while index < subtags.count, subtags[index].count == 1, subtags[index] != "x" {
            index += 1
            let start = index
            while index < subtags.count, (2...8).contains(subtags[index].count) { index += 1 }
            guard index > start else { return false }
        }
        // Private use: x and at least one subtag of 1 to 8 characters, to the end.
        if index < subtags.count, subtags[index] == "x" {
            let rest = subtags[(index + 1)...]
            return !rest.isEmpty && rest.allSatisfy { (1...8).contains($0.count) }
        }
        return index == subtags.count
    }

    private static func isLetters(_ subtag: String, _ lengths: ClosedRange<Int>) -> Bool {
        lengths.contains(subtag.count) && subtag.allSatisfy(\.isLetter)
    }

    private static func isDigits(_ subtag: String, _ lengths: ClosedRange<Int>) -> Bool {
        lengths.contains(subtag.count) && subtag.allSatisfy(\.isNumber)
    }

    /// 5 to 8 letters or digits, or 4 starting with a digit (`1901`, `fonipa`).
    private static func isVariant(_ subtag: String) -> Bool {
        (5...8).contains(subtag.count) || (subtag.count == 4 && subtag.first!.isNumber)
    }
}
