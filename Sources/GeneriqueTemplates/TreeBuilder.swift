import GeneriqueCore

/// Builds the tree of a template from its marked tokens, one at a time; the first problem stops it.
struct TreeBuilder {
    /// A section, block or parent waiting for its closing tag.
    private struct Open {
        let tag: TemplateTokens.Tag
        let indentation: [UInt8]
        var children: [ParsedNode] = []
        /// Inside a block a parent replaces: lines lose the indentation of the block's first line there.
        var inDefinition = false
        /// That indentation, once the first line has set it.
        var definitionIndent: Int?
    }

    private let bytes: [UInt8]
    private let path: String
    private var open: [Open]
    private var text: [UInt8] = []
    private var problem: Diagnostic?
    /// Whether the next item starts a line.
    private var atLineStart = true

    init(bytes: [UInt8], path: String) {
        self.bytes = bytes
        self.path = path
        open = [Open(tag: .init(kind: .section, name: "", location: SourceLocation(path: path)), indentation: [])]
    }

    mutating func add(_ item: TemplateParser.Item) {
        guard problem == nil else { return }
        switch item {
        case .text(var range):
            if atLineStart { range = range.lowerBound + dedent(bytes[range].prefix(while: Self.isBlank).count)..<range.upperBound }
            text += bytes[range]
            atLineStart = bytes[range].last == TemplateTokens.lineFeed
            if atLineStart { endText() }
        case .tag(let tag, let standalone, let leading):
            endText()
            var indentation = leading.map { Array(bytes[$0]) } ?? []
            if leading != nil { indentation.removeFirst(dedent(indentation.count)) }
            add(tag, standalone: standalone, indentation: indentation)
            atLineStart = standalone
        }
    }

    /// How much of a line's leading whitespace (`count` spaces or tabs) goes, inside a block a parent
    /// replaces: the block's first line sets how much, and loses all of it; later lines lose as much, at most.
    /// (The spec's "block reindentation": the block is indented where it is shown instead.)
    private mutating func dedent(_ count: Int) -> Int {
        guard open[open.count - 1].inDefinition else { return 0 }
        guard let indent = open[open.count - 1].definitionIndent else {
            open[open.count - 1].definitionIndent = count
            return count
        }
        return min(count, indent)
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == TemplateTokens.space || byte == TemplateTokens.tab
    }

    /// How deep sections, blocks and parents may nest: compiling and rendering walk them recursively.
    static let maximumDepth = 64

    private mutating func add(_ tag: TemplateTokens.Tag, standalone: Bool, indentation: [UInt8]) {
        if [.section, .inverted, .block, .parent].contains(tag.kind), open.count > Self.maximumDepth {
            return fail(tag, "sections are nested more than \(Self.maximumDepth) deep", "nest fewer sections inside one another")
        }
        switch tag.kind {
        case .comment:
            return
        case .value, .raw:
            guard let name = name(tag) else { return }
            append(.value(name, raw: tag.kind == .raw, tag.location))
        case .section, .inverted:
            guard name(tag) != nil else { return }
            open.append(nested(Open(tag: tag, indentation: [])))
        case .block:
            guard isPlainName(tag.name) else { return fail(tag, "'\(tag.name)' is not a block name", "block names are words: {{$content}}") }
            var block = nested(Open(tag: tag, indentation: indentation))
            if open[open.count - 1].tag.kind == .parent {
                block.inDefinition = true
                block.definitionIndent = nil
            }
            open.append(block)
        case .parent:
            guard templateName(tag) else { return }
            open.append(Open(tag: tag, indentation: indentation))
        case .partial:
            guard templateName(tag) else { return }
            append(.partial(tag.name, indentation: standalone ? indentation : [], tag.location))
        case .close:
            close(tag)
        case .delimiters:
            fail(tag, "changing the delimiters ('{{=…=}}') is not supported", "write tags with {{ and }}")
        case .pragma:
            fail(tag, "pragmas ('{{%…}}') are not supported", "remove the tag")
        }
    }

    /// `frame` inside the innermost open one: inside a replaced block, it keeps the block's indentation rule.
    private func nested(_ frame: Open) -> Open {
        var frame = frame
        frame.inDefinition = open[open.count - 1].inDefinition
        frame.definitionIndent = open[open.count - 1].definitionIndent
        return frame
    }

    private mutating func close(_ tag: TemplateTokens.Tag) {
        guard open.count > 1 else {
            return fail(tag, "'{{/\(tag.name)}}' closes a section that was never opened", Self.closeHint)
        }
        let last = open.removeLast()
        guard last.tag.name == tag.name else {
            let location = tag.location
            return fail(
                last.tag,
                "section '\(last.tag.name)' is never closed: '{{/\(tag.name)}}' at line \(location.line), column \(location.column) comes first",
                Self.closeHint)
        }
        switch last.tag.kind {
        case .block:
            append(.block(last.tag.name, indentation: last.indentation, last.tag.location, last.children))
        case .parent:
            var overrides: [ParsedBlock] = []
            for child in last.children {
                switch child {
                case .block(let name, _, _, let nodes):
                    if !overrides.contains(where: { $0.name == name }) { overrides.append(ParsedBlock(name: name, nodes: nodes)) }
                case .text(let text) where text.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }): continue
                default:
                    return fail(last.tag, "only blocks ({{$name}}…{{/name}}) may appear inside '{{<\(last.tag.name)}}'", "move the rest into a block")
                }
            }
            append(.parent(last.tag.name, indentation: last.indentation, last.tag.location, overrides: overrides))
        default:
            guard let name = name(last.tag) else { return }
            append(.section(name, inverted: last.tag.kind == .inverted, last.tag.location, last.children))
        }
    }

    /// The tree, or the first problem.
    mutating func finish() -> Result<[ParsedNode], TemplateSyntaxErrors> {
        endText()
        if problem == nil, open.count > 1, let last = open.last {
            fail(last.tag, "section '\(last.tag.name)' is never closed", Self.closeHint)
        }
        if let problem { return .failure(TemplateSyntaxErrors(diagnostics: [problem])) }
        return .success(open[0].children)
    }

    private mutating func endText() {
        guard !text.isEmpty else { return }
        append(.text(text))
        text = []
    }

    private mutating func append(_ node: ParsedNode) {
        open[open.count - 1].children.append(node)
    }

    private mutating func fail(_ tag: TemplateTokens.Tag, _ message: String, _ hint: String) {
        guard problem == nil else { return }
        problem = .error(at: tag.location, "template syntax error: \(message)", code: "template-syntax", hint: hint)
    }

    private static let closeHint = "close each {{#name}} or {{^name}} with {{/name}}, innermost first"

    /// The name of a value or section tag: dotted words, `.`, or `empty(` dotted words `)`.
    private mutating func name(_ tag: TemplateTokens.Tag) -> TagName? {
        let written = tag.name
        if written == "." { return TagName(written: written, parts: [], testsEmptiness: false) }
        var inner = written
        var testsEmptiness = false
        if let open = written.firstIndex(of: "(") {
            let function = written[..<open]
            guard function == "empty", written.hasSuffix(")") else {
                fail(tag, "'\(written)' is not supported: the only test is empty(name)", "write {{^empty(name)}}…{{/empty(name)}}")
                return nil
            }
            inner = String(written[written.index(after: open)..<written.index(before: written.endIndex)])
            testsEmptiness = true
        }
        let parts = inner.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !inner.isEmpty, parts.allSatisfy(isPlainName) else {
            fail(
                tag, "'\(written)' is not a name",
                "a name is words of ASCII letters, digits, '-' and '_' joined by dots (page.title), '.', or empty(name)")
            return nil
        }
        return TagName(written: written, parts: parts, testsEmptiness: testsEmptiness)
    }

    /// Whether a partial or parent tag names a template: a path of words; `*name` (dynamic) is refused.
    private mutating func templateName(_ tag: TemplateTokens.Tag) -> Bool {
        if tag.name.hasPrefix("*") {
            fail(tag, "dynamic names ('\(tag.name)') are not supported", "name the template: {{> partials/name}}")
            return false
        }
        let parts = tag.name.split(separator: "/", omittingEmptySubsequences: false)
        guard !tag.name.isEmpty, parts.allSatisfy({ isPlainName(String($0)) }) else {
            fail(tag, "'\(tag.name)' is not a template name", "name it by its path under templates/, without .mustache")
            return false
        }
        return true
    }

    private func isPlainName(_ word: String) -> Bool {
        !word.isEmpty && word.utf8.allSatisfy {
            (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) || $0 == 0x2D || $0 == 0x5F
        }
    }
}
