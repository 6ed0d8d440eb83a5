import CYaml

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The only file that talks to libyaml: its event API turned into `YAMLNode`s, with a position on every
/// node. Ten times faster than composing with Yams, and every event carries its mark (libyaml ships inside
/// Yams as the `CYaml` module; Yams is pinned to an exact version in Package.swift for that reason).
enum YAMLEventParser {
    /// Nesting beyond this is refused: front matter is two levels deep, and the builder stays bounded.
    static let maximumDepth = 64

    /// Parses one YAML document; nil for an empty one. A key written twice in a mapping is not fatal: it is
    /// added to `duplicates` at its later occurrence, the first value is kept, and parsing goes on, so that
    /// every duplicate and the file's other problems are reported in one run.
    static func parse(_ text: String, duplicates: inout [YAMLSyntaxError]) -> Result<YAMLNode?, YAMLSyntaxError> {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            return .failure(YAMLSyntaxError(message: "out of memory", mark: .init(line: 1, column: 1), context: nil, code: "yaml-syntax"))
        }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            return buildDocument(&parser, text: text, duplicates: &duplicates)
        }
    }

    /// Where each top-level field of the YAML in `bytes` is written (see `YAMLFieldSpans`). Only positions:
    /// the caller has read the document with `parse` first, so its problems are already known; an error
    /// here is returned as it is.
    static func fieldSpans(_ bytes: [UInt8]) -> Result<YAMLFieldSpans, YAMLSyntaxError> {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            return .failure(YAMLSyntaxError(message: "out of memory", mark: .init(line: 1, column: 1), context: nil, code: "yaml-syntax"))
        }
        defer { yaml_parser_delete(&parser) }
        var input = bytes
        return input.withUnsafeMutableBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            return spans(&parser)
        }
    }

    /// One open collection while spans are read: its style, and for the two mapping levels whose pairs are
    /// recorded (the root and a field's map), the key waiting for its value and the pairs read so far.
    private struct SpanLevel {
        let isMapping: Bool
        let isFlow: Bool
        var key: (text: String, range: Range<Int>)?
        var valueStart = 0
        var fields: [YAMLFieldSpans.Field] = []
    }

    private static func spans(_ parser: inout yaml_parser_t) -> Result<YAMLFieldSpans, YAMLSyntaxError> {
        var root: YAMLFieldSpans.Kind?
        var rootIsFlow = false
        var fields: [YAMLFieldSpans.Field] = []
        var open: [SpanLevel] = []
        // Where the last thing written ended: a block collection ends with its last item (its end event
        // comes at the next token, after any comment), a flow one with its closing bracket.
        var lastEnd = 0
        // Pairs are recorded in the root mapping and in a mapping that is a field's value, nowhere deeper.
        func recording(_ open: [SpanLevel]) -> Bool { open.count <= 2 && open.allSatisfy(\.isMapping) }
        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else { return .failure(syntaxError(parser, text: "")) }
            defer { yaml_event_delete(&event) }
            let start = Int(event.start_mark.index)
            let end = Int(event.end_mark.index)
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return .success(YAMLFieldSpans(root: root, rootIsFlow: rootIsFlow, fields: fields))
            case YAML_SCALAR_EVENT:
                lastEnd = end
                if open.isEmpty { root = .scalar }
                guard !open.isEmpty, recording(open) else { continue }
                if let written = open[open.count - 1].key {
                    open[open.count - 1].fields.append(
                        .init(key: written.text, keyRange: written.range, valueRange: start..<end, kind: .scalar))
                    open[open.count - 1].key = nil
                } else {
                    let scalar = event.data.scalar
                    let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: Int(scalar.length)), as: UTF8.self)
                    open[open.count - 1].key = (text, start..<end)
                }
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                let isFlow = isMapping
                    ? event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
                    : event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
                if open.isEmpty {
                    root = isMapping ? .mapping : .sequence
                    rootIsFlow = isFlow
                } else if recording(open) {
                    guard open[open.count - 1].key != nil else {
                        let mark = YAMLNode.Mark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
                        return .failure(
                            YAMLSyntaxError(message: "field names must be plain words", mark: mark, context: nil, code: "yaml-complex-key"))
                    }
                    open[open.count - 1].valueStart = start
                }
                open.append(SpanLevel(isMapping: isMapping, isFlow: isFlow))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                let closed = open.removeLast()
                if closed.isFlow { lastEnd = end }
                if open.isEmpty {
                    fields = closed.fields
                } else if recording(open), let written = open[open.count - 1].key {
                    open[open.count - 1].fields.append(
                        .init(
                            key: written.text, keyRange: written.range, valueRange: open[open.count - 1].valueStart..<lastEnd,
                            kind: closed.isMapping ? .mapping : .sequence, isFlow: closed.isFlow, entries: closed.fields))
                    open[open.count - 1].key = nil
                }
            default:
                continue
            }
        }
    }

    /// A container being filled: its items (a mapping's keys and values alternate), where it started, and
    /// the key it is the value of, for messages.
    private struct OpenContainer {
        let isMapping: Bool
        let mark: YAMLNode.Mark
        let parentKey: String?
        var items: [YAMLNode] = []
    }

    private static func buildDocument(
        _ parser: inout yaml_parser_t, text: String, duplicates: inout [YAMLSyntaxError]
    ) -> Result<YAMLNode?, YAMLSyntaxError> {
        var stack: [OpenContainer] = []
        var root: YAMLNode?
        var documents = 0
        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else { return .failure(syntaxError(parser, text: text)) }
            defer { yaml_event_delete(&event) }
            let mark = YAMLNode.Mark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
            var completed: YAMLNode?
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return .success(root)
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    return .failure(
                        YAMLSyntaxError(
                            message: "a second YAML document starts here ('---')", mark: mark, context: nil,
                            code: "yaml-syntax"))
                }
            case YAML_ALIAS_EVENT:
                return .failure(
                    YAMLSyntaxError(
                        message: "YAML aliases (*name) are not supported here; write the value out", mark: mark,
                        context: nil, code: "yaml-alias"))
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let value = String(
                    decoding: UnsafeBufferPointer(start: scalar.value, count: Int(scalar.length)), as: UTF8.self)
                completed = .scalar(.init(string: value, isPlain: scalar.style == YAML_PLAIN_SCALAR_STYLE, mark: mark))
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                guard stack.count < maximumDepth else {
                    return .failure(
                        YAMLSyntaxError(message: "nested too deeply", mark: mark, context: nil, code: "yaml-syntax"))
                }
                // In a mapping with an odd number of items, the last one is this container's key.
                let parent = stack.last
                let parentKey = parent.flatMap { $0.isMapping && $0.items.count % 2 == 1 ? $0.items.last?.scalar?.string : nil }
                stack.append(OpenContainer(isMapping: event.type == YAML_MAPPING_START_EVENT, mark: mark, parentKey: parentKey))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                let container = stack.removeLast()
                if container.isMapping {
                    completed = mapping(from: container, duplicates: &duplicates)
                } else {
                    completed = .sequence(container.items, container.mark)
                }
            default:
                continue
            }
            if let completed {
                if stack.isEmpty {
                    root = completed
                } else {
                    stack[stack.count - 1].items.append(completed)
                }
            }
        }
    }

    /// Pairs a mapping's items; a key written twice is reported at its second occurrence and its value
    /// dropped, so the first one counts.
    private static func mapping(from container: OpenContainer, duplicates: inout [YAMLSyntaxError]) -> YAMLNode {
        var pairs: [(key: YAMLNode, value: YAMLNode)] = []
        var seen: Set<String> = []
        var index = 0
        while index + 1 < container.items.count {
            let key = container.items[index]
            index += 2
            if let name = key.scalar?.string, !seen.insert(name).inserted {
                let message = container.parentKey.map { "'\(name)' appears more than once in '\($0)'" }
                    ?? "field '\(name)' appears more than once"
                duplicates.append(
                    YAMLSyntaxError(
                        message: message, mark: key.mark, context: nil, code: "duplicate-key",
                        hint: "keep a single '\(name):' line"))
                continue
            }
            pairs.append((key, container.items[index - 1]))
        }
        return .mapping(pairs, container.mark)
    }

    private static func syntaxError(_ parser: yaml_parser_t, text: String) -> YAMLSyntaxError {
        let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
        if parser.error == YAML_READER_ERROR {
            // The reader (which refuses control characters) gives a byte offset, not a mark.
            let value = UInt32(truncatingIfNeeded: parser.problem_value)
            let hint = value <= 0x10FFFF
                ? "remove the control character \(Self.codePoint(value)) (invisible, often pasted from another program): YAML allows none but tabs and line breaks"
                : nil
            return YAMLSyntaxError(
                message: problem, mark: mark(ofByte: Int(parser.problem_offset), in: text), context: nil,
                code: "yaml-syntax", hint: hint)
        }
        let mark = YAMLNode.Mark(line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1)
        let context = parser.context.map {
            (String(cString: $0),
             YAMLNode.Mark(line: Int(parser.context_mark.line) + 1, column: Int(parser.context_mark.column) + 1))
        }
        return YAMLSyntaxError(message: problem, mark: mark, context: context, code: "yaml-syntax")
    }

    /// The line and column (in characters) of the byte at `offset` of `text`.
    static func mark(ofByte offset: Int, in text: String) -> YAMLNode.Mark {
        let prefix = text.utf8.prefix(offset)
        let lineStart = prefix.lastIndex(of: UInt8(ascii: "\n")).map { prefix.index(after: $0) } ?? prefix.startIndex
        let line = prefix.count(where: { $0 == UInt8(ascii: "\n") }) + 1
        let column = String(decoding: prefix[lineStart...], as: UTF8.self).unicodeScalars.count + 1
        return YAMLNode.Mark(line: line, column: column)
    }

    /// `U+001B`.
    private static func codePoint(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
