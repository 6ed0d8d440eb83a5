/// Plain text made of lines, joined for one-line uses (meta descriptions).
enum PlainTextLines {
    /// The text's lines joined by single spaces, empty lines dropped: what splitting on `Character.isNewline`
    /// and joining gives, done on the UTF-8 bytes (line breaks are always graphemes of their own, and CR LF
    /// only ever joins two of them), because grapheme splitting cost more than rendering the text.
    static func joined(_ text: UnsafeBufferPointer<UInt8>) -> String {
        var joined: [UInt8] = []
        joined.reserveCapacity(text.count)
        var index = 0
        var pendingSpace = false
        while index < text.count {
            let breakLength = lineBreakLength(text, at: index)
            if breakLength > 0 {
                pendingSpace = !joined.isEmpty
                index += breakLength
                continue
            }
            if pendingSpace {
                joined.append(UInt8(ascii: " "))
                pendingSpace = false
            }
            joined.append(text[index])
            index += 1
        }
        return String(decoding: joined, as: UTF8.self)
    }

    /// The UTF-8 length of the line break at `index` (LF, VT, FF, CR, NEL, LS, PS), 0 if none starts there.
    private static func lineBreakLength(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        switch text[index] {
        case 0x0A...0x0D: return 1
        case 0xC2 where index + 1 < text.count && text[index + 1] == 0x85: return 2
        case 0xE2 where index + 2 < text.count && text[index + 1] == 0x80 && (0xA8...0xA9).contains(text[index + 2]):
            return 3
        default: return 0
        }
    }
}
