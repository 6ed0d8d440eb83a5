import GeneriqueCore

/// Turns parsed templates into renderers for one view type: every name resolved against the views the tag
/// can see, every partial and parent compiled where it is included, every problem a diagnostic at its tag.
struct TemplateCompiler {
    /// The templates by name, with the path of their file.
    let templates: [String: (path: String, nodes: [ParsedNode])]
    /// Templates that could not be read, already reported.
    let unreadable: Set<String>
    private(set) var diagnostics: [Diagnostic] = []
    /// Partials and parents already compiled for a scope.
    private var compiled: [MemoKey: Renderer] = [:]

    /// How deep partials and parents may include one another.
    static let maximumDepth = 32

    private struct MemoKey: Hashable {
        let name: String
        let frames: [TemplateScope.Frame]
        let overrides: [String: TemplateScope.Override]
    }

    init(templates: [String: (path: String, nodes: [ParsedNode])], unreadable: Set<String> = []) {
        self.templates = templates
        self.unreadable = unreadable
    }

    /// The renderer of the template `name` for views of `root`; nil when it does not exist.
    mutating func compile(_ name: String, root: ViewType) -> Renderer? {
        guard templates[name] != nil else { return nil }
        return include(name, in: TemplateScope(frames: [.view(root)]), at: nil, isParent: false)
    }

    /// A template included where `scope` holds: compiled once per scope.
    private mutating func include(_ name: String, in scope: TemplateScope, at location: SourceLocation?, isParent: Bool) -> Renderer {
        guard let template = templates[name] else {
            if let location, !unreadable.contains(name) {
                let names = templates.keys.sorted()
                diagnostics.append(
                    .error(
                        at: location, "\(isParent ? "parent template" : "partial") '\(name)' does not exist", code: "missing-partial",
                        hint: Suggestion.hint(for: name, in: names) ?? "create templates/\(name).mustache"))
            }
            return { _ in }
        }
        guard scope.chain.count < Self.maximumDepth else {
            if let location {
                diagnostics.append(
                    .error(
                        at: location, "templates include one another more than \(Self.maximumDepth) deep",
                        code: "template-cycle", hint: "include fewer partials inside one another"))
            }
            return { _ in }
        }
        let key = MemoKey(name: name, frames: scope.frames, overrides: scope.overrides)
        if let done = compiled[key] { return done }
        var inner = scope
        inner.chain.append(name)
        let renderer = body(template.nodes, in: inner)
        compiled[key] = renderer
        return renderer
    }

    /// The renderer of `nodes`, one after the other.
    mutating func body(_ nodes: [ParsedNode], in scope: TemplateScope) -> Renderer {
        let parts = nodes.map { node(for: $0, in: scope) }
        switch parts.count {
        case 0: return { _ in }
        case 1: return parts[0]
        default: return { state in for part in parts { part(&state) } }
        }
    }

    private mutating func node(for node: ParsedNode, in scope: TemplateScope) -> Renderer {
        switch node {
        case .text(let bytes):
            return { state in state.emit(bytes) }
        case .value(let name, let raw, let location):
            return value(name, raw: raw, at: location, in: scope)
        case .section(let name, let inverted, let location, let children):
            return section(name, inverted: inverted, at: location, children, in: scope)
        case .partial(let name, let indentation, let location):
            return indented(indentation, include(name, in: scope, at: location, isParent: false))
        case .parent(let name, let indentation, let location, let overrides):
            var inner = scope
            for block in overrides where inner.overrides[block.name] == nil {
                inner.overrides[block.name] = TemplateScope.Override(nodes: block.nodes, origin: location)
            }
            return indented(indentation, include(name, in: inner, at: location, isParent: true))
        case .block(let name, let indentation, _, let defaults):
            // A replacement that holds its own block shows that block's default: no endless expansion.
            var inner = scope
            let replacement = inner.overrides.removeValue(forKey: name)
            return indented(indentation, body(replacement?.nodes ?? defaults, in: replacement == nil ? scope : inner))
        }
    }

    private func indented(_ indentation: [UInt8], _ renderer: @escaping Renderer) -> Renderer {
        guard !indentation.isEmpty else { return renderer }
        return { state in
            let outer = state.indentation
            state.indentation = outer + indentation
            renderer(&state)
            state.indentation = outer
        }
    }

    mutating func report(_ location: SourceLocation, _ message: String, code: String, hint: String? = nil) {
        diagnostics.append(.error(at: location, message, code: code, hint: hint))
    }
}
