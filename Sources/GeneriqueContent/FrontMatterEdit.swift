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

/// Sets fields in a content file's front matter and keeps every other byte: comments, order, quoting, the
/// byte-order mark and the line endings. `generique verify --write` dates entries with it; `import wikidata
/// --apply` adds accounts with it.
///
/// Positions come from libyaml (`YAMLEventParser.fieldSpans`), never from patterns over the text; the file is
/// read before and after the edit, and an edit that would not read back as asked is a failure, never written.
public enum FrontMatterEdit {
    /// One pair to set in a field's map: `accounts` → `bluesky: nom.bsky.social`.
    public struct Entry: Sendable, Equatable {
        /// The top-level field holding the map: `accounts`.
        public let field: String
        /// The pair's key: `bluesky`.
        public let key: String
        /// Its one-line YAML text: `nom.bsky.social`, `"@Chaine"`.
        public let value: String

        /// The pair `key: value` in `field`'s map.
        public init(field: String, key: String, value: String) {
            self.field = field
            self.key = key
            self.value = value
        }
    }

    /// `bytes` with each top-level field set to its YAML value (`"2026-12-03"` → `verified: 2026-12-03`,
    /// `"[mastodon, bluesky]"`), in the order given for added fields; nil values remove the field's lines.
    /// Each of `entries` replaces the value of its key in its field's map, or is added after the map's last
    /// pair, with the map's indentation; a field that is not there yet is added as a map of `entries`. A map
    /// written on one line (`{x: nom}`) is not edited: the failure says so.
    public static func apply(
        _ fields: [(key: String, value: String?)], entries: [Entry] = [], to bytes: [UInt8]
    ) -> Result<[UInt8], FrontMatterEditFailure> {
        do throws(FrontMatterEditFailure) {
            let before = try readFields(bytes)
            guard let file = FrontMatterLines(bytes) else { throw FrontMatterEditFailure(message: "the file has no front matter") }
            var values = try newValues(fields)
            let maps = try newMaps(entries, besides: values, before: before)
            for map in maps { values[map.field] = .some(map.expected) }
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
            for map in maps {
                if let field = spans.fields.first(where: { $0.key == map.field }) {
                    edits += try setting(map.pairs, in: field, file: file, layout: spans)
                } else {
                    added += spans.indentation + Array("\(map.field):".utf8) + file.lineBreak
                    for pair in map.pairs {
                        added += spans.indentation + Self.nesting + Array("\(pair.key): \(pair.value)".utf8) + file.lineBreak
                    }
                }
            }
            if !added.isEmpty {
                let closing = file.lines[file.closingLine].start
                edits.append((closing..<closing, added))
            }
            var edited = Array(file.bytes)
            let base = file.bytes.startIndex
            for edit in ordered(edits) {
                edited.replaceSubrange(edit.range.lowerBound - base..<edit.range.upperBound - base, with: edit.bytes)
            }
            if base > 0 { edited = SourceText.byteOrderMark + edited }
            try check(edited, before: before, values: values)
            return .success(edited)
        } catch {
            return .failure(error)
        }
    }

    /// The indentation of a new map's pairs under their field.
    private static let nesting = Array("  ".utf8)

    /// The edits in the order they are made: from the end of the file, so that earlier offsets hold; at one
    /// offset, replacements first, then insertions from the last one made to the first, so that what was
    /// listed first comes first (a map's new pair before a field added after it).
    private static func ordered(_ edits: [(range: Range<Int>, bytes: [UInt8])]) -> [(range: Range<Int>, bytes: [UInt8])] {
        edits.enumerated().sorted { one, two in
            let (a, b) = (one.element.range, two.element.range)
            if a.lowerBound != b.lowerBound { return a.lowerBound > b.lowerBound }
            if a.isEmpty != b.isEmpty { return !a.isEmpty }
            return one.offset > two.offset
        }.map(\.element)
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
    /// The edits that set `pairs` in `field`'s map: a pair already there gets its new value, the others are
    /// added after the map's last pair, indented as its first one. An empty field (`accounts:` alone) gets
    /// the pairs on the lines after it.
    private static func setting(
        _ pairs: [(key: String, value: String)], in field: YAMLFieldSpans.Field, file: FrontMatterLines, layout: Layout
    ) throws(FrontMatterEditFailure) -> [(range: Range<Int>, bytes: [UInt8])] {
        let offsets = layout.offsets
        let keyLine = file.line(of: offsets[field.keyRange.lowerBound])
        var edits: [(range: Range<Int>, bytes: [UInt8])] = []
        var insertion = file.lines[keyLine].end
        var indentation = layout.indentation + Self.nesting
        switch field.kind {
        case .scalar where field.valueRange.isEmpty:
            break
        case .mapping where field.isFlow:
            throw FrontMatterEditFailure(
                message: "'\(field.key)' is written on one line ({…}): write one 'key: value' line each under it to have it edited")
        case .mapping:
            if let first = field.entries.first {
                let keyStart = offsets[first.keyRange.lowerBound]
                let prefix = file.bytes[file.lines[file.line(of: keyStart)].start..<keyStart]
                guard prefix.allSatisfy({ $0 == UInt8(ascii: " ") }) else {
                    throw FrontMatterEditFailure(message: "the pair '\(field.key).\(first.key)' does not start its line")
                }
                indentation = Array(prefix)
            }
            if let last = field.entries.last {
                var end = offsets[last.valueRange.upperBound]
                while end > offsets[last.keyRange.upperBound], Self.blanks.contains(file.bytes[end - 1]) { end -= 1 }
                insertion = file.lines[file.line(of: max(end - 1, offsets[last.keyRange.lowerBound]))].end
            }
        case .scalar, .sequence:
            throw FrontMatterEditFailure(message: "'\(field.key)' is not a map of 'key: value' lines")
        }
        var added: [UInt8] = []
        for pair in pairs {
            if let entry = field.entries.first(where: { $0.key == pair.key }) {
                guard entry.kind == .scalar else {
                    throw FrontMatterEditFailure(message: "'\(field.key).\(entry.key)' is not a text")
                }
                edits += try replacing(entry, with: pair.value, in: file, offsets: offsets)
            } else {
                added += indentation + Array("\(pair.key): \(pair.value)".utf8) + file.lineBreak
            }
        }
        if !added.isEmpty { edits.append((insertion..<insertion, added)) }
        return edits
    }
}
