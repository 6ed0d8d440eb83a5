import Foundation

/// Folds French text to its base letters: accents dropped, ligatures spelled out, lowercased.
///
/// Shared by slugs, collation and "did you mean" so the three agree on what "the same letters" means.
public enum TextFolding {
    /// Lowercase folded form: "Œuvre Élodie" → "oeuvre elodie". Letters without a Latin base are kept.
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        var folded = String.UnicodeScalarView()
        // NFKD splits "é" into "e" + U+0301 and "ﬁ" into "fi"; the marks are then dropped.
        for scalar in text.lowercased().decomposedStringWithCompatibilityMapping.unicodeScalars {
            switch scalar {
            case "œ": folded.append(contentsOf: "oe".unicodeScalars)
            case "æ": folded.append(contentsOf: "ae".unicodeScalars)
            case "ß": folded.append(contentsOf: "ss".unicodeScalars)
            case "ø": folded.append("o")
            case "ł": folded.append("l")
            case "đ", "ð": folded.append("d")
            case "þ": folded.append(contentsOf: "th".unicodeScalars)
            case "ı": folded.append("i")
            default:
                if !isCombiningMark(scalar) { folded.append(scalar) }
            }
        }
        return String(folded)
    }

    private static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
