/// A content file's bytes as lines, with the front matter's place among them: what `FrontMatterEdit` needs
/// to change some lines and keep every other byte, line endings (LF, CRLF or CR) included.
struct FrontMatterLines {
    /// One line: where it starts, where its text ends, and where the next one starts (after its line break).
    struct Line {
        let start: Int
        let textEnd: Int
        let end: Int
    }

    /// The file's bytes after the byte-order mark, if any.
    let bytes: ArraySlice<UInt8>
    /// Every line of `bytes`, with offsets into `bytes`.
    let lines: [Line]
    /// The index in `lines` of the closing `---` (or `...`) line; the YAML is on the lines between.
    let closingLine: Int

    /// The lines of `file`; nil when it does not start with a front matter block closed by a `---` line (the
    /// same rule as `FrontMatterDocument.split`).
    init?(_ file: [UInt8]) {
        let bytes = file.starts(with: SourceText.byteOrderMark) ? file.dropFirst(SourceText.byteOrderMark.count) : file[...]
        var lines: [Line] = []
        var start = bytes.startIndex
        while start < bytes.endIndex {
            var end = start
            while end < bytes.endIndex, bytes[end] != Self.lineFeed, bytes[end] != Self.carriageReturn { end += 1 }
            var next = end
            if next < bytes.endIndex {
                next += bytes[next] == Self.carriageReturn && next + 1 < bytes.endIndex && bytes[next + 1] == Self.lineFeed ? 2 : 1
            }
            lines.append(Line(start: start, textEnd: end, end: next))
            start = next
        }
        guard let first = lines.first, FrontMatterDocument.isDelimiter(bytes[first.start..<first.textEnd], allowDots: false),
            let closing = lines.indices.dropFirst().first(where: {
                FrontMatterDocument.isDelimiter(bytes[lines[$0].start..<lines[$0].textEnd], allowDots: true)
            })
        else { return nil }
        self.bytes = bytes
        self.lines = lines
        closingLine = closing
    }

    /// The bytes of the YAML between the delimiters, line breaks included.
    var yaml: ArraySlice<UInt8> { bytes[yamlStart..<lines[closingLine].start] }

    /// Where the YAML starts in `bytes`.
    var yamlStart: Int { lines[0].end }

    /// The opening line's line break, reused for added lines so that a CRLF file stays CRLF.
    var lineBreak: ArraySlice<UInt8> { bytes[lines[0].textEnd..<lines[0].end] }

    /// The index of the line holding the byte at `offset`.
    func line(of offset: Int) -> Int {
        var low = 0
        var high = lines.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lines[middle].start <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
}
