import GeneriqueCore

/// Finds templates that include themselves through `{{> partial}}` or `{{< parent}}`, directly or through
/// others. swift-mustache would recurse until the process crashes (even a recursion guarded by a section
/// never ends: names resolve outwards, so the section finds its list again), and so would the value check;
/// a cycle is refused before either runs.
enum TemplateCycles {
    /// One error per cycle, at the include that closes it, as rendering would meet it: templates are walked
    /// in name order, each include in the order it is written.
    static func diagnostics(in templates: [String: [TemplateNode]]) -> [Diagnostic] {
        let includes = templates.mapValues { nodes in
            TemplateTags.inclusions(in: nodes).filter { templates[$0.name] != nil }
        }
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

    private static let hint =
        "a template cannot include itself, directly or through others, even inside a section: remove one of these includes"
}
