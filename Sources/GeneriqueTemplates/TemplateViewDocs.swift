/// The fields of the views templates render, written for template authors from the views' own field lists,
/// so that the documentation cannot drift from what templates can name.
public enum TemplateViewDocs {
    /// One Markdown table per view type reachable from `roots` (the templates the renderer renders, each with
    /// its view), in the order they are first reached: each field's name, what it holds, what it means.
    public static func markdown(_ roots: [(name: String, view: any TemplateView.Type)]) -> String {
        var order: [ViewType] = []
        var templates: [ViewType: [String]] = [:]
        var queue: [ViewType] = []
        for (name, view) in roots {
            let type = ViewType.of(view)
            templates[type, default: []].append(name)
            if !order.contains(type) {
                order.append(type)
                queue.append(type)
            }
        }
        while !queue.isEmpty {
            let type = queue.removeFirst()
            for field in type.fields {
                guard let child = field.value.viewType, !order.contains(child) else { continue }
                order.append(child)
                queue.append(child)
            }
        }
        return order.map { type in
            let rendering = templates[type].map { " — " + $0.map { "`\($0)`" }.joined(separator: ", ") } ?? ""
            let rows = type.fields.map { field in
                "| `\(field.name)` | \(field.value.kind) | \(field.summary.replacingOccurrences(of: "|", with: "\\|")) |"
            }
            return (["#### `\(type.name)`\(rendering)", "", "| field | holds | meaning |", "|---|---|---|"] + rows)
                .joined(separator: "\n")
        }.joined(separator: "\n\n") + "\n"
    }
}

extension FieldValue {
    /// The view a field holds, alone, maybe absent, or in a list.
    var viewType: ViewType? {
        switch self {
        case .view(let type, _), .optionalView(let type, _), .list(let type, _, _): type
        default: nil
        }
    }
}
