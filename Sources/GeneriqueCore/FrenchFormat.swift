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

    /// A download's size as French pages write it: "850 octets", "2 Ko", "1,4 Mo" (1 Ko = 1,000 bytes, rounded
    /// up so a small file never reads "0 Ko").
    public static func fileSize(_ bytes: Int) -> String {
        if bytes < 1_000 { return count(bytes, "octet", "octets") }
        if bytes < 1_000_000 { return "\(number((bytes + 999) / 1_000))\u{A0}Ko" }
        let tenths = (bytes + 99_999) / 100_000
        let text = tenths % 10 == 0 ? number(tenths / 10) : "\(number(tenths / 10)),\(tenths % 10)"
        return "\(text)\u{A0}Mo"
    }
}
