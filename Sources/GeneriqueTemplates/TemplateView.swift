/// A value templates render: a page's view model, or one of the views it holds. Its fields are listed once,
/// in `templateFields`; that list is what templates can name, how each field renders, and what the
/// template authors' documentation says of it.
public protocol TemplateView: Sendable {
    /// Every field templates can read, in the order the documentation lists them.
    static var templateFields: [TemplateField<Self>] { get }
}

/// One field of a view: its name in templates, what it holds, and how to read it.
public struct TemplateField<View: TemplateView>: Sendable {
    /// The name templates use: `name`, `bioHTML`.
    public let name: String
    /// One sentence for template authors.
    public let summary: String
    let value: FieldValue

    private init(_ name: String, _ summary: String, _ value: FieldValue) {
        self.name = name
        self.summary = summary
        self.value = value
    }

    /// Text, escaped for HTML where it is printed.
    public static func text(_ name: String, _ summary: String, _ read: @escaping @Sendable (View) -> String) -> Self {
        Self(name, summary, .text { read(ViewBox<View>.open($0)) })
    }

    /// Text that may be absent: a section over it is entered only when it is there, with the text as `.`.
    public static func text(_ name: String, _ summary: String, _ read: @escaping @Sendable (View) -> String?) -> Self {
        Self(name, summary, .optionalText { read(ViewBox<View>.open($0)) })
    }

    /// HTML already safe where it lands (rendered Markdown, JSON-LD escaped for `<script>`): the only kind
    /// of field `{{{name}}}` and `{{&name}}` may print.
    public static func html(_ name: String, _ summary: String, _ read: @escaping @Sendable (View) -> String) -> Self {
        Self(name, summary, .html { read(ViewBox<View>.open($0)) })
    }

    /// A yes-or-no: a section over it is entered when it is true.
    public static func flag(_ name: String, _ summary: String, _ read: @escaping @Sendable (View) -> Bool) -> Self {
        Self(name, summary, .flag { read(ViewBox<View>.open($0)) })
    }

    /// A whole number, printed in decimal.
    public static func number(_ name: String, _ summary: String, _ read: @escaping @Sendable (View) -> Int) -> Self {
        Self(name, summary, .number { read(ViewBox<View>.open($0)) })
    }

    /// Another view, always there: a section over it reads its fields.
    public static func view<Child: TemplateView>(
        _ name: String, _ summary: String, _ read: @escaping @Sendable (View) -> Child
    ) -> Self {
        Self(name, summary, .view(ViewType.of(Child.self)) { ViewBox(read(ViewBox<View>.open($0))) })
    }

    /// Another view that may be absent: a section over it is entered only when it is there.
    public static func view<Child: TemplateView>(
        _ name: String, _ summary: String, _ read: @escaping @Sendable (View) -> Child?
    ) -> Self {
        Self(name, summary, .optionalView(ViewType.of(Child.self)) { read(ViewBox<View>.open($0)).map(ViewBox.init) })
    }

    /// A list of views: a section over it is entered once per item, an inverted one when it is empty.
    public static func list<Child: TemplateView>(
        _ name: String, _ summary: String, _ read: @escaping @Sendable (View) -> [Child]
    ) -> Self {
        Self(
            name, summary,
            .list(ViewType.of(Child.self)) { view, each in
                for child in read(ViewBox<View>.open(view)) { each(ViewBox(child)) }
            } isEmpty: { read(ViewBox<View>.open($0)).isEmpty })
    }
}

/// A view as rendering holds it: boxed once, so that reading a field casts a reference and reads that field,
/// instead of copying the whole view out of an existential at every tag.
final class ViewBox<View: Sendable>: Sendable {
    let value: View

    init(_ value: View) {
        self.value = value
    }

    /// The view in `box`, which compiling made sure is a `ViewBox<View>`: a cast of a reference.
    static func open(_ box: Any) -> View {
        (box as! ViewBox<View>).value
    }
}

/// How a field is read, whatever its view's type: the view is handed over boxed, as `Any` (the compiled
/// template knows its type, checked when templates load).
enum FieldValue: Sendable {
    case text(@Sendable (Any) -> String)
    case optionalText(@Sendable (Any) -> String?)
    case html(@Sendable (Any) -> String)
    case flag(@Sendable (Any) -> Bool)
    case number(@Sendable (Any) -> Int)
    case view(ViewType, @Sendable (Any) -> Any)
    case optionalView(ViewType, @Sendable (Any) -> Any?)
    case list(ViewType, @Sendable (Any, (Any) -> Void) -> Void, isEmpty: @Sendable (Any) -> Bool)

    /// Whether the field may be absent.
    var isOptional: Bool {
        switch self {
        case .optionalText, .optionalView: true
        default: false
        }
    }

    /// What the field holds, as the documentation and the diagnostics say it.
    var kind: String {
        switch self {
        case .text: "text"
        case .optionalText: "text or nothing"
        case .html: "HTML"
        case .flag: "yes or no"
        case .number: "number"
        case .view(let type, _): type.name
        case .optionalView(let type, _): "\(type.name) or nothing"
        case .list(let type, _, _): "list of \(type.name)"
        }
    }
}
