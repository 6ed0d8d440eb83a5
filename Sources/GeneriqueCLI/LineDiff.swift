/// The lines one text has and another has not, for showing an edit: `- old` and `+ new`, each with its line
/// number, in the order of the file. Line breaks (LF, CRLF, CR) are not part of the lines.
enum LineDiff {
    /// One line removed or added, with its number in the text it belongs to.
    struct Line: Equatable {
        let isAdded: Bool
        let number: Int
        let text: String
    }

    /// The removed and added lines that turn `before` into `after`, by their longest common sequence of lines.
    static func changes(from before: [UInt8], to after: [UInt8]) -> [Line] {
        let old = lines(before)
        let new = lines(after)
        // common[i][j]: the length of the longest common sequence of old[i...] and new[j...].
        var common = [[Int]](repeating: [Int](repeating: 0, count: new.count + 1), count: old.count + 1)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                common[i][j] = old[i] == new[j] ? common[i + 1][j + 1] + 1 : max(common[i + 1][j], common[i][j + 1])
            }
        }
        var result: [Line] = []
        var (i, j) = (0, 0)
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, old[i] == new[j] {
                i += 1
                j += 1
            } else if i < old.count, j == new.count || common[i + 1][j] >= common[i][j + 1] {
                result.append(Line(isAdded: false, number: i + 1, text: old[i]))
                i += 1
            } else {
                result.append(Line(isAdded: true, number: j + 1, text: new[j]))
                j += 1
            }
        }
        return result
    }

    private static func lines(_ bytes: [UInt8]) -> [String] {
        var lines: [String] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                lines.append(String(decoding: bytes[start..<index], as: UTF8.self))
                index += byte == UInt8(ascii: "\r") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n") ? 2 : 1
                start = index
            } else {
                index += 1
            }
        }
        if start < bytes.count { lines.append(String(decoding: bytes[start...], as: UTF8.self)) }
        return lines
    }
}
