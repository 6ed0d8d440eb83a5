/// Numbers and counts written the French way.
public enum FrenchFormat {
    /// 1234567 → "1 234 567", groups separated by narrow no-break spaces.
    public static func number(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append("\u{202F}") }
            result.append(digit)
        }
        return value < 0 ? "-" + result : result
    }

    /// "aucun profil", "1 profil", "12 profils" — French uses the singular for 0 and 1.
    public static func count(_ value: Int, _ singular: String, _ plural: String, none: String? = nil) -> String {
        if value == 0, let none { return none }
        return "\(number(value))\u{A0}\(value <= 1 ? singular : plural)"
    }
}
