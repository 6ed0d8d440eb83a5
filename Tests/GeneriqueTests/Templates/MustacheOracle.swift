import Mustache

@testable import GeneriqueTemplates

/// swift-mustache, kept in the tests as the oracle our engine is compared with: a view handed to it through
/// its field list (the same one our engine compiles against), so that both read exactly the same values.
struct OracleView: MustacheParent {
    let value: Any
    let type: ViewType

    init<View: TemplateView>(_ view: View) {
        value = ViewBox(view)
        type = ViewType.of(View.self)
    }

    private init(value: Any, type: ViewType) {
        self.value = value
        self.type = type
    }

    func child(named name: String) -> Any? {
        guard let field = type.field(name) else { return nil }
        switch field.value {
        case .text(let read), .html(let read): return read(value)
        case .optionalText(let read): return read(value)
        case .flag(let read): return read(value)
        case .number(let read): return read(value)
        case .view(let type, let read): return OracleView(value: read(value), type: type)
        case .optionalView(let type, let read): return read(value).map { OracleView(value: $0, type: type) }
        case .list(let type, let each, _):
            var items: [OracleView] = []
            each(value) { items.append(OracleView(value: $0, type: type)) }
            return items
        }
    }

    /// `view` rendered by swift-mustache with `templates` (name → text), from the template `name`.
    static func render<View: TemplateView>(_ name: String, _ templates: [String: String], _ view: View) throws -> String? {
        let library = MustacheLibrary(templates: try templates.mapValues { try MustacheTemplate(string: $0) })
        return library.render(OracleView(view), withTemplate: name)
    }
}
