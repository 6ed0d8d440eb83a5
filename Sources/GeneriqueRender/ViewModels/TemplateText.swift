import Mustache

/// A view model's string as its `fields` table hands it to templates.
///
/// For every value a `{{tag}}` shows, swift-mustache asks in turn whether it is a template, a
/// `MustacheCustomRenderable`, a lambda and an optional, then prints it with `String(describing:)`: for a
/// `String`, three runtime conformance lookups fail and a fourth succeeds inside `String(describing:)`. This
/// type is `MustacheCustomRenderable`, so the second question ends the search (measured: 8 % less time per
/// profile page).
///
/// Everywhere else it behaves as the string: the same text, escaped or not; a section over it is entered
/// (an empty string included, as swift-mustache does for strings); transforms (`empty(x)`, `uppercased(x)`)
/// are the string's own; and a name looked up inside it is not found there, so the lookup goes on outwards
/// as it does past a string. (A dynamic partial, `{{>*x}}`, would need a real `String`; templates cannot
/// use one, since `TemplateSet` reports the partial `*x` as missing.)
struct TemplateText: MustacheCustomRenderable, MustacheParent, MustacheTransformable, Sendable {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    var renderText: String { text }

    var isNull: Bool { false }

    func child(named: String) -> Any? { nil }

    func transform(_ name: String) -> Any? { text.transform(name) }
}
