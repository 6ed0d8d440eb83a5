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
        for tag in scan(text, path: path) {
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
        for tag in scan(text, path: path) {
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

    private struct Tag {
        let sigil: Character?
        let body: String
        let location: SourceLocation
    }

    /// Every `{{…}}` (and `{{{…}}}`) with the position of its opening braces.
    private static func scan(_ text: String, path: String) -> [Tag] {
        var tags: [Tag] = []
        let scalars = Array(text.unicodeScalars)
        var line = 1
        var column = 1
        var index = 0
        while index < scalars.count {
            if scalars[index] == "{", index + 1 < scalars.count, scalars[index + 1] == "{" {
                let location = SourceLocation(path: path, line: line, column: column)
                var end = index + 2
                var body = String.UnicodeScalarView()
                while end + 1 < scalars.count, !(scalars[end] == "}" && scalars[end + 1] == "}") {
                    body.append(scalars[end])
                    end += 1
                }
                let text = String(body).trimmingWhitespace()
                let sigil = text.first.flatMap { "#^/$<>!{&=".contains($0) ? $0 : nil }
                tags.append(Tag(sigil: sigil, body: text, location: location))
                // Advance past the tag, keeping line and column right for multi-line comments.
                let stop = min(end + 2 + (sigil == "{" && end + 2 < scalars.count && scalars[end + 2] == "}" ? 1 : 0), scalars.count)
                while index < stop {
                    if scalars[index] == "\n" { line += 1; column = 1 } else { column += 1 }
                    index += 1
                }
                continue
            }
            if scalars[index] == "\n" { line += 1; column = 1 } else { column += 1 }
            index += 1
        }
        return tags
    }
}
