import GeneriqueCore

/// What a template may print without escaping (`{{{name}}}`, `{{&name}}`): only values already safe where
/// they land. Any other value printed raw would let a `<script>` typed in a name reach the page, so the rule
/// is checked on the tags themselves, in every template, whatever the content.
enum TemplateRawOutput {
    /// Whether a field may be printed raw: rendered HTML, named with the suffix `HTML` (`bioHTML`) or, for
    /// a card rendered once and listed everywhere, `html`; and `jsonLD`, escaped for its `<script>` element.
    /// View models name their fields by this rule; it is the one place that defines it.
    static func allows(field: String) -> Bool {
        field.hasSuffix("HTML") || field == "html" || field == "jsonLD"
    }

    /// An error for every raw tag in `nodes` whose value is not one of those fields. `{{{.}}}` prints the
    /// value of the innermost section around it, so it is allowed only inside a section over such a field.
    static func diagnostics(in nodes: [TemplateNode]) -> [Diagnostic] {
        diagnostics(in: nodes, section: nil)
    }

    private static func diagnostics(in nodes: [TemplateNode], section: String?) -> [Diagnostic] {
        nodes.flatMap { node -> [Diagnostic] in
            switch node {
            case .variable(let written, let location, let isRaw):
                guard isRaw else { return [] }
                let isCurrent = [".", ""].contains(TemplateValueChecker.innermostName(written))
                guard let printed = isCurrent ? section : written, allows(field: field(of: printed)) else {
                    let shown = isCurrent ? (section.map { "'.' (\($0))" } ?? "'.'") : "'\(written)'"
                    return [
                        .error(
                            at: location, "\(shown) is printed without escaping, but it is not HTML",
                            code: "unescaped-template-value", hint: "use {{\(written)}}: \(rule)")
                    ]
                }
                return []
            case .section(let name, let inverted, _, let children):
                // An inverted section is entered only without a value: `.` stays the value around it.
                return diagnostics(in: children, section: inverted ? section : name)
            case .block(_, let children), .parent(_, _, let children):
                return diagnostics(in: children, section: section)
            case .partial:
                return []
            }
        }
    }

    private static let rule = "only fields whose name ends in HTML, a card's html and page.jsonLD may be printed raw"

    /// The field a tag's name prints: `bioHTML` for `bioHTML`, `page.jsonLD` → `jsonLD`, `uppercased(x)` → `x`.
    private static func field(of written: String) -> String {
        let name = TemplateValueChecker.innermostName(written)
        return name.split(separator: ".").last.map(String.init) ?? name
    }
}
