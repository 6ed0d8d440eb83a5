/// ASCII, URL-safe keys derived from French names: "Valéry Giscard d’Estaing" → `valery-giscard-d-estaing`.
public enum Slug {
    /// Whether `key` matches `[a-z0-9]+(-[a-z0-9]+)*`, the rule for every file name in `content/`.
    public static func isValid(_ key: String) -> Bool {
        guard !key.isEmpty, key.first != "-", key.last != "-" else { return false }
        var previousWasHyphen = false
        for byte in key.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                previousWasHyphen = false
            case UInt8(ascii: "-"):
                if previousWasHyphen { return false }
                previousWasHyphen = true
            default:
                return false
            }
        }
        return true
    }

    /// The slug for a name: letters folded to ASCII (é→e, œ→oe, ß→ss), everything else a single hyphen.
    public static func make(from name: String) -> String {
        var slug = ""
        var pendingHyphen = false
        for character in TextFolding.fold(name) {
            if character.isASCII && (character.isLetter || character.isNumber) {
                if pendingHyphen && !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.append(character)
            } else {
                pendingHyphen = true
            }
        }
        return slug
    }
}
