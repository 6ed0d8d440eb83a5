import GeneriqueCore

/// Reads a template's tokens into `ParsedNode`s: standalone lines, the nesting of sections, blocks and
/// parents, and the names tags may hold. Every problem is a positioned error; set-delimiter tags, pragmas
/// and dynamic partials are refused rather than half supported.
enum TemplateParser {
    static func parse(_ bytes: [UInt8], path: String) -> Result<[ParsedNode], TemplateSyntaxErrors> {
        let tokens = TemplateTokens(bytes, path: path)
        guard tokens.problems.isEmpty else { return .failure(TemplateSyntaxErrors(diagnostics: tokens.problems)) }
        var builder = TreeBuilder(bytes: bytes, path: path)
        for item in standaloneMarked(tokens.tokens, in: bytes) { builder.add(item) }
        return builder.finish()
    }

    /// A token, with what the line rules decided: whether a tag stands alone on its line, and the
    /// whitespace before it when it is the first thing on its line (empty when nothing is before it).
    enum Item {
        case text(Range<Int>)
        case tag(TemplateTokens.Tag, standalone: Bool, leading: Range<Int>?)
    }

    /// The tokens, line by line: a line holding one tag that may stand alone (not a value) and nothing but
    /// spaces and tabs around it renders as nothing, its line break included. The whitespace before a
    /// partial, parent or block stays (as swift-mustache and the spec's examples print it), and indents it.
    static func standaloneMarked(_ tokens: [TemplateTokens.Token], in bytes: [UInt8]) -> [Item] {
        var items: [Item] = []
        var line: [TemplateTokens.Token] = []
        func isBlank(_ range: Range<Int>) -> Bool {
            bytes[range].allSatisfy { $0 == TemplateTokens.space || $0 == TemplateTokens.tab }
        }
        func flush(lineBreak: Range<Int>?) {
            defer { line = [] }
            var leading: Range<Int>?
            var rest = line[...]
            if case .text(let range)? = line.first, isBlank(range) {
                leading = range
                rest = line.dropFirst()
            }
            if case .tag(let tag)? = rest.first, tag.kind != .value, tag.kind != .raw,
                rest.dropFirst().allSatisfy({ if case .text(let range) = $0 { isBlank(range) } else { false } })
            {
                if let leading, [.partial, .parent, .block].contains(tag.kind) { items.append(.text(leading)) }
                items.append(.tag(tag, standalone: true, leading: leading ?? 0..<0))
                return
            }
            for (position, token) in line.enumerated() {
                switch token {
                case .text(let range): items.append(.text(range))
                case .tag(let tag):
                    let isFirst = position == (leading == nil ? 0 : 1)
                    let before = isFirst ? (leading ?? 0..<0) : nil
                    items.append(.tag(tag, standalone: false, leading: before))
                case .lineBreak: break
                }
            }
            if let lineBreak { items.append(.text(lineBreak)) }
        }
        for token in tokens {
            if case .lineBreak(let range) = token {
                flush(lineBreak: range)
            } else {
                line.append(token)
            }
        }
        if !line.isEmpty { flush(lineBreak: nil) }
        return items
    }
}
