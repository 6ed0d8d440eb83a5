import GeneriqueCore

/// A template read as a tree of Mustache tags, with positions: what the checks need, independent of
/// swift-mustache's internal tokens. (Custom delimiters are not supported: the default theme has none.)
indirect enum TemplateNode: Sendable, Equatable {
    /// `{{name}}`, or `{{{name}}}` and `{{&name}}` when `isRaw` (printed without escaping).
    case variable(String, SourceLocation, isRaw: Bool)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted.
    case section(String, inverted: Bool, SourceLocation, [TemplateNode])
    /// `{{$name}}…{{/name}}`: a block of the layout, or its replacement.
    case block(String, [TemplateNode])
    /// `{{> name}}`.
    case partial(String, SourceLocation)
    /// `{{< name}}…{{/name}}`: extends a parent template, replacing some of its blocks.
    case parent(String, SourceLocation, [TemplateNode])
}

enum TemplateTags {
    /// Parses the tags of a template that swift-mustache already accepted; unknown constructs are skipped.
    static func parse(_ text: String, path: String) -> [TemplateNode] {
        var stack: [(kind: Character, name: String, inverted: Bool, location: SourceLocation, children: [TemplateNode])] =
            [("r", "", false, SourceLocation(path: path), [])]
        for tag in TemplateScanner.scan(text, path: path) {
            let name = String(tag.body.dropFirst(tag.sigil == nil ? 0 : 1)).trimmingWhitespace()
            switch tag.sigil {
            case "#", "^", "$", "<":
                stack.append((tag.sigil!, name, tag.sigil == "^", tag.location, []))
            case "/":
                guard stack.count > 1 else { continue }
                let open = stack.removeLast()
                let node: TemplateNode
                switch open.kind {
                case "$": node = .block(open.name, open.children)
                case "<": node = .parent(open.name, open.location, open.children)
                default: node = .section(open.name, inverted: open.inverted, open.location, open.children)
                }
                stack[stack.count - 1].children.append(node)
            case ">":
                stack[stack.count - 1].children.append(.partial(name, tag.location))
            case "!", "=":
                continue
            case "{", "&":
                let variable = tag.sigil == "{" ? String(name.dropLast(name.hasSuffix("}") ? 1 : 0)) : name
                stack[stack.count - 1].children.append(.variable(variable.trimmingWhitespace(), tag.location, isRaw: true))
            default:
                stack[stack.count - 1].children.append(.variable(name, tag.location, isRaw: false))
            }
        }
        return stack[0].children
    }

    /// The first unbalanced section, block or parent of a template, pointing at the tag that opened it:
    /// more helpful than the place where swift-mustache's parser noticed the problem.
    static func structureProblem(in text: String, path: String) -> (location: SourceLocation, message: String)? {
        var open: [(name: String, location: SourceLocation)] = []
        for tag in TemplateScanner.scan(text, path: path) {
            let name = String(tag.body.dropFirst()).trimmingWhitespace()
            switch tag.sigil {
            case "#", "^", "$", "<":
                open.append((name, tag.location))
            case "/":
                guard let last = open.popLast() else {
                    return (tag.location, "'{{/\(name)}}' closes a section that was never opened")
                }
                if last.name != name {
                    return (
                        last.location,
                        "section '\(last.name)' is never closed: '{{/\(name)}}' at line \(tag.location.line), column \(tag.location.column) comes first"
                    )
                }
            default:
                continue
            }
        }
        return open.last.map { ($0.location, "section '\($0.name)' is never closed") }
    }

    /// Names of the partials and parents a template includes, with positions.
    static func inclusions(in nodes: [TemplateNode]) -> [(name: String, isParent: Bool, location: SourceLocation)] {
        nodes.flatMap { node -> [(String, Bool, SourceLocation)] in
            switch node {
            case .variable: return []
            case .partial(let name, let location): return [(name, false, location)]
            case .parent(let name, let location, let children): return [(name, true, location)] + inclusions(in: children)
            case .section(_, _, _, let children), .block(_, let children): return inclusions(in: children)
            }
        }
    }
}
