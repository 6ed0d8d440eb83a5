import GeneriqueCore

/// A source file decoded as text: UTF-8 checked, byte-order mark dropped, CRLF line endings made LF.
struct SourceText {
    /// The file's path relative to the site root.
    let path: String
    /// The decoded text, with `\n` line endings.
    let text: String

    /// UTF-8's byte-order mark, accepted at the start of a file and not part of its text.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Decodes the file, or returns a diagnostic pointing at the first byte that is not UTF-8.
    static func decode(_ file: SourceFile) -> Result<SourceText, Diagnostic> {
        var bytes = file.bytes[...]
        if bytes.starts(with: byteOrderMark) { bytes = bytes.dropFirst(byteOrderMark.count) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return .failure(
                .error(
                    at: invalidByteLocation(in: Array(bytes), path: file.path),
                    "file is not valid UTF-8", code: "invalid-encoding",
                    hint: "save the file as UTF-8 (most editors offer it in 'Save as' or the status bar)"))
        }
        let normalized = bytes.contains(UInt8(ascii: "\r")) ? text.replacingCRLF() : text
        return .success(SourceText(path: file.path, text: normalized))
    }

    /// Line and column of the first invalid sequence, counted in characters of the valid prefix.
    private static func invalidByteLocation(in bytes: [UInt8], path: String) -> SourceLocation {
        var line = 1
        var lineStart = 0
        var index = 0
        while index < bytes.count {
            let length = sequenceLength(bytes, at: index)
            guard length > 0 else { break }
            if bytes[index] == 0x0A {
                line += 1
                lineStart = index + 1
            }
            index += length
        }
        let column = (String(validating: bytes[lineStart..<index], as: UTF8.self)?.unicodeScalars.count ?? 0) + 1
        return SourceLocation(path: path, line: line, column: column)
    }

    /// Length of the valid UTF-8 sequence at `index`, or 0 when it is not valid.
    private static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return 0
        }
        guard index + length <= bytes.count,
            String(validating: bytes[index..<index + length], as: UTF8.self) != nil
        else { return 0 }
        return length
    }
}

extension String {
    /// The text with Windows (CRLF) and old Mac (CR) line endings made LF, so line numbers stay right.
    func replacingCRLF() -> String {
        var result = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in unicodeScalars {
            if scalar == "\r" {
                result.append("\n")
                previousWasCR = true
                continue
            }
            if !(scalar == "\n" && previousWasCR) { result.append(scalar) }
            previousWasCR = false
        }
        return String(result)
    }
}
