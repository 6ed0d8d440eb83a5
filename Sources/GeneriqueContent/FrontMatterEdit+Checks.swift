import GeneriqueCore

// What `FrontMatterEdit` reads before and after an edit: the file as a build reads it, and the values asked
// for, each on its own, so that an edit is written only when the file reads back with exactly those changes.
extension FrontMatterEdit {
    /// The file's top-level fields as `ContentLoader` reads them; a failure for any problem it would report
    /// in the YAML or the file's shape.
    static func readFields(_ bytes: [UInt8]) throws(FrontMatterEditFailure) -> [YAMLFields.Field] {
        guard case .success(let source) = SourceText.decode(SourceFile(path: "", bytes: bytes)) else {
            throw FrontMatterEditFailure(message: "the file is not valid UTF-8")
        }
        let document: FrontMatterDocument
        switch FrontMatterDocument.split(source, required: true) {
        case .success(let split): document = split
        case .failure(let problem): throw FrontMatterEditFailure(message: problem.message)
        }
        let (parsed, diagnostics) = YAMLFields.parse(document.yaml ?? "", path: "", firstLine: document.yamlFirstLine)
        if let problem = diagnostics.first(where: { $0.severity == .error }) {
            throw FrontMatterEditFailure(
                message: "line \(problem.location.line), column \(problem.location.column): \(problem.message)")
        }
        guard let parsed else { throw FrontMatterEditFailure(message: "the front matter cannot be read as YAML") }
        return parsed.fields
    }

    /// Each field's new value read on its own (nil to remove it); a failure for a key that is not a plain
    /// word, a key given twice, or a value that is not one line of YAML holding a text or a list.
    static func newValues(_ fields: [(key: String, value: String?)]) throws(FrontMatterEditFailure) -> [String: YAMLNode?] {
        var values: [String: YAMLNode?] = [:]
        for (key, value) in fields {
            guard isFieldName(key) else { throw FrontMatterEditFailure(message: "'\(key)' is not a field name") }
            guard values[key] == nil else { throw FrontMatterEditFailure(message: "the field '\(key)' is given twice") }
            guard let value else {
                values[key] = .some(nil)
                continue
            }
            guard !value.contains(where: \.isNewline) else {
                throw FrontMatterEditFailure(message: "the value of '\(key)' must be one line")
            }
            let (parsed, diagnostics) = YAMLFields.parse("\(key): \(value)", path: "", firstLine: 1)
            guard diagnostics.isEmpty, let fields = parsed?.fields, fields.count == 1, let node = fields.first?.value,
                node.isTextOrList
            else { throw FrontMatterEditFailure(message: "'\(value)' is not a YAML text or list for '\(key)'") }
            values[key] = node
        }
        return values
    }

    /// A field's map with its new pairs: what to write, and the value the field must read back as.
    struct NewMap {
        let field: String
        let pairs: [(key: String, value: String)]
        let expected: YAMLNode
    }

    /// The entries grouped by field, in the order given, each pair's value read on its own; the map each
    /// field will hold is its current one (`before`) with those pairs set. A failure for a field also set
    /// by `fields`, a pair given twice, a value that is not one line of YAML text.
    static func newMaps(
        _ entries: [Entry], besides fields: [String: YAMLNode?], before: [YAMLFields.Field]
    ) throws(FrontMatterEditFailure) -> [NewMap] {
        var order: [String] = []
        var pairs: [String: [(key: String, value: String, node: YAMLNode)]] = [:]
        for entry in entries {
            guard isFieldName(entry.field), isFieldName(entry.key) else {
                throw FrontMatterEditFailure(message: "'\(entry.field).\(entry.key)' is not a field name")
            }
            guard fields[entry.field] == nil, !(pairs[entry.field] ?? []).contains(where: { $0.key == entry.key }) else {
                throw FrontMatterEditFailure(message: "the field '\(entry.field).\(entry.key)' is given twice")
            }
            let (parsed, diagnostics) = YAMLFields.parse("\(entry.key): \(entry.value)", path: "", firstLine: 1)
            guard !entry.value.contains(where: \.isNewline), diagnostics.isEmpty, let node = parsed?.fields.first?.value,
                parsed?.fields.count == 1, node.scalar != nil, node.isTextOrList
            else {
                throw FrontMatterEditFailure(message: "'\(entry.value)' is not one line of YAML text for '\(entry.field).\(entry.key)'")
            }
            if pairs[entry.field] == nil { order.append(entry.field) }
            pairs[entry.field, default: []].append((entry.key, entry.value, node))
        }
        return order.map { field in
            let mark = YAMLNode.Mark(line: 1, column: 1)
            var map: [(key: YAMLNode, value: YAMLNode)] = []
            if case .mapping(let current, _) = before.first(where: { $0.key == field })?.value { map = current }
            for pair in pairs[field] ?? [] {
                let value = (key: YAMLNode.scalar(.init(string: pair.key, isPlain: true, mark: mark)), value: pair.node)
                if let index = map.firstIndex(where: { $0.key.scalar?.string == pair.key }) {
                    map[index] = value
                } else {
                    map.append(value)
                }
            }
            return NewMap(field: field, pairs: (pairs[field] ?? []).map { ($0.key, $0.value) }, expected: .mapping(map, mark))
        }
    }

    /// Whether `key` is a plain word: letters, digits, `_` and `-`.
    private static func isFieldName(_ key: String) -> Bool {
        !key.isEmpty && key.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-"
        }
    }

    /// Fails unless `edited` reads back with `values` set (or removed) and every other field as `before`.
    static func check(
        _ edited: [UInt8], before: [YAMLFields.Field], values: [String: YAMLNode?]
    ) throws(FrontMatterEditFailure) {
        let after: [YAMLFields.Field]
        do {
            after = try readFields(edited)
        } catch {
            throw FrontMatterEditFailure(message: "the edited front matter would not read back (\(error.message))")
        }
        let kept = before.filter { values[$0.key] == nil }
        let expected = kept.map { ($0.key, $0.value) } + values.compactMap { key, value in value.map { (key, $0) } }
        let sameFields = after.count == expected.count && expected.allSatisfy { key, value in
            after.first { $0.key == key }.map { $0.value.hasSameValue(as: value) } ?? false
        }
        guard sameFields else {
            throw FrontMatterEditFailure(message: "the edited front matter would not read back as asked")
        }
    }
}

extension YAMLNode {
    /// Whether this is a text (not null) or a list: what a field can be set to.
    fileprivate var isTextOrList: Bool {
        switch self {
        case .scalar(let scalar): !(scalar.isPlain && ["", "~", "null", "Null", "NULL"].contains(scalar.string))
        case .sequence: true
        case .mapping: false
        }
    }

    /// Whether the two nodes hold the same value as fields read it, written the same way (plain or quoted),
    /// wherever they are. Texts are compared trimmed, as fields read them: a block scalar (`|`) that ended the
    /// front matter gains its final line break when a field is added after it.
    func hasSameValue(as other: YAMLNode) -> Bool {
        switch (self, other) {
        case (.scalar(let one), .scalar(let two)):
            one.isPlain == two.isPlain && one.string.trimmingWhitespace() == two.string.trimmingWhitespace()
        case (.sequence(let one, _), .sequence(let two, _)):
            one.count == two.count && zip(one, two).allSatisfy { $0.hasSameValue(as: $1) }
        case (.mapping(let one, _), .mapping(let two, _)):
            one.count == two.count
                && zip(one, two).allSatisfy { $0.key.hasSameValue(as: $1.key) && $0.value.hasSameValue(as: $1.value) }
        default: false
        }
    }
}
