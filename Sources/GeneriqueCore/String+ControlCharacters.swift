extension String {
    /// The text with every control character — C0 (line breaks kept when `keepingLineBreaks`), DEL and C1 —
    /// written as a visible escape such as `\u{1B}`, so that text from content shown in a terminal cannot
    /// move its cursor, change its colours or retitle its window.
    public func escapingControlCharacters(keepingLineBreaks: Bool = false) -> String {
        func isControl(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x0A: !keepingLineBreaks
            case 0x00...0x1F, 0x7F...0x9F: true
            default: false
            }
        }
        guard unicodeScalars.contains(where: isControl) else { return self }
        var escaped = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if isControl(scalar) {
                escaped.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                escaped.append(scalar)
            }
        }
        return String(escaped)
    }
}
