import GeneriqueCore

/// Why a content file's front matter was not edited.
public struct FrontMatterEditFailure: Error, Sendable, Equatable {
    /// What is wrong, in a sentence: "the file has no front matter".
    public let message: String

    /// A failure saying `message`.
    public init(message: String) {
        self.message = message
    }
}

/// Sets top-level fields in a content file's front matter and keeps every other byte: comments, order,
/// quoting, the byte-order mark and the line endings. `generique verify --write` dates entries with it.
///
/// Positions come from libyaml (`YAMLEventParser.fieldSpans`), never from patterns over the text; the file is
/// read before and after the edit, and an edit that would not read back as asked is a failure, never written.
public enum FrontMatterEdit {
    /// `bytes` with each top-level field set to its YAML value (`"2026-12-03"` → `verified: 2026-12-03`,
    /// `"[mastodon, bluesky]"`), in the order given for added fields; nil values remove the field's lines.
    public static func apply(_ fields: [(key: String, value: String?)], to bytes: [UInt8])
        -> Result<[UInt8], FrontMatterEditFailure>
    {
        do throws(FrontMatterEditFailure) {
            let before = try readFields(bytes)
            guard let file = FrontMatterLines(bytes) else { throw FrontMatterEditFailure(message: "the file has no front matter") }
            let values = try newValues(fields)
            let spans = try layout(of: file)
            var edits: [(range: Range<Int>, bytes: [UInt8])] = []
            var added: [UInt8] = []
            for (key, value) in fields {
                if let field = spans.fields.first(where: { $0.key == key }) {
                    edits += try replacing(field, with: value, in: file, offsets: spans.offsets)
                } else if let value {
                    added += spans.indentation + Array("\(key): \(value)".utf8) + file.lineBreak
                }
            }
            if !added.isEmpty {
                let closing = file.lines[file.closingLine].start
                edits.append((closing..<closing, added))
            }
            var edited = Array(file.bytes)
            let base = file.bytes.startIndex
            for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
                edited.replaceSubrange(edit.range.lowerBound - base..<edit.range.upperBound - base, with: edit.bytes)
            }
            if base > 0 { edited = SourceText.byteOrderMark + edited }
            try check(edited, before: before, values: values)
            return .success(edited)
        } catch {
            return .failure(error)
        }
    }

    /// The positions of the front matter's fields, in bytes of `file`, and the indentation of its keys.
    private struct Layout {
        let fields: [YAMLFieldSpans.Field]
        /// The byte offset in `file.bytes` of each character of the YAML, and one past its end.
        let offsets: [Int]
        let indentation: [UInt8]
    }

    private static func layout(of file: FrontMatterLines) throws(FrontMatterEditFailure) -> Layout {
        let yaml = file.yaml
        guard case .success(let spans) = YAMLEventParser.fieldSpans(Array(yaml)) else {
            throw FrontMatterEditFailure(message: "the front matter cannot be read as YAML")
        }
        if spans.root != nil, spans.root != .mapping || spans.rootIsFlow {
            throw FrontMatterEditFailure(message: "the front matter is not written as 'key: value' lines")
        }
        var offsets = yaml.indices.filter { yaml[$0] & 0xC0 != 0x80 }
        offsets.append(yaml.endIndex)
        var indentation: [UInt8] = []
        for (index, field) in spans.fields.enumerated() {
            let keyStart = offsets[field.keyRange.lowerBound]
            let prefix = file.bytes[file.lines[file.line(of: keyStart)].start..<keyStart]
            guard prefix.allSatisfy({ $0 == UInt8(ascii: " ") }) else {
                throw FrontMatterEditFailure(message: "the field '\(field.key)' does not start its line")
            }
            if index == 0 { indentation = Array(prefix) }
        }
        return Layout(fields: spans.fields, offsets: offsets, indentation: indentation)
    }

    /// Spaces, tabs and line breaks.
    private static let blanks: Set<UInt8> = [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n")]

    /// The edits that set `field` to `value`, or remove its lines when `value` is nil.
    private static func replacing(
        _ field: YAMLFieldSpans.Field, with value: String?, in file: FrontMatterLines, offsets: [Int]
    ) throws(FrontMatterEditFailure) -> [(range: Range<Int>, bytes: [UInt8])] {
        guard field.kind != .mapping else {
            throw FrontMatterEditFailure(message: "'\(field.key)' is a map: only a text or a list can be set")
        }
        let keyLine = file.line(of: offsets[field.keyRange.lowerBound])
        let start = offsets[field.valueRange.lowerBound]
        var end = offsets[field.valueRange.upperBound]
        // A block scalar's end comes after its line breaks: the value ends with its last visible character.
        while end > start, Self.blanks.contains(file.bytes[end - 1]) { end -= 1 }
        let lastLine = end > start ? max(keyLine, file.line(of: end - 1)) : keyLine
        guard let value else {
            return [(file.lines[keyLine].start..<file.lines[lastLine].end, [])]
        }
        let text = Array(value.utf8)
        if start == end {
            // `key:` with nothing after it (but maybe a comment): the value goes right after the colon.
            return [(start..<start, [UInt8(ascii: " ")] + text)]
        }
        if file.line(of: start) == keyLine { return [(start..<end, text)] }
        // A value on the lines below its key (a block list): the key's line gets the new value after its
        // colon, keeping its comment, and the value's lines go.
        var colon = offsets[field.keyRange.upperBound]
        while colon < file.lines[keyLine].textEnd, file.bytes[colon] != UInt8(ascii: ":") { colon += 1 }
        guard colon < file.lines[keyLine].textEnd else {
            throw FrontMatterEditFailure(message: "the field '\(field.key)' has no ':' on its line")
        }
        return [
            (colon + 1..<colon + 1, [UInt8(ascii: " ")] + text),
            (file.lines[file.line(of: start)].start..<file.lines[lastLine].end, []),
        ]
    }
}
