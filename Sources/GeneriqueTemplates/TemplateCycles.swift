import GeneriqueCore

/// Finds templates that include themselves through `{{> partial}}` or `{{< parent}}`, directly or through
/// others, whatever the content: even a recursion guarded by a section has no end, since names resolve
/// outwards and the section finds its list again. A cycle is refused before anything is compiled.
enum TemplateCycles {
    /// One error per cycle, at the include that closes it, as rendering would meet it: templates are walked
    /// in name order, each include in the order it is written.
    static func diagnostics(in templates: [String: [ParsedNode]]) -> [Diagnostic] {
        let includes = templates.mapValues { nodes in inclusions(in: nodes).filter { templates[$0.name] != nil } }
        var diagnostics: [Diagnostic] = []
        var finished: Set<String> = []
        for root in templates.keys.sorted() where !finished.contains(root) {
            // Iterative depth-first walk: the path is the chain of templates being included right now, each
            // with the index of its next include to follow.
            var path: [(name: String, next: Int)] = [(root, 0)]
            var onPath: Set<String> = [root]
            while let current = path.last {
                let edges = includes[current.name] ?? []
                guard current.next < edges.count else {
                    path.removeLast()
                    onPath.remove(current.name)
                    finished.insert(current.name)
                    continue
                }
                path[path.count - 1].next += 1
                let include = edges[current.next]
                if onPath.contains(include.name) {
                    let start = path.firstIndex { $0.name == include.name } ?? 0
                    let chain = path[start...].map(\.name) + [include.name]
                    diagnostics.append(
                        .error(
                            at: include.location, "'\(include.name)' includes itself: \(chain.joined(separator: " → "))",
                            code: "template-cycle", hint: hint))
                } else if !finished.contains(include.name) {
                    path.append((include.name, 0))
                    onPath.insert(include.name)
                }
            }
        }
        return diagnostics
    }

    /// The partials and parents `nodes` include, in the order written, with the place of each tag.
    static func inclusions(in nodes: [ParsedNode]) -> [(name: String, location: SourceLocation)] {
        nodes.flatMap { node -> [(name: String, location: SourceLocation)] in
            switch node {
            case .text, .value: []
            case .partial(let name, _, let location): [(name, location)]
            case .parent(let name, _, let location, let overrides):
                [(name, location)] + overrides.flatMap { inclusions(in: $0.nodes) }
            case .section(_, _, _, let children), .block(_, _, _, let children): inclusions(in: children)
            }
        }
    }

    private static let hint =
        "a template cannot include itself, directly or through others, even inside a section: remove one of these includes"
}
