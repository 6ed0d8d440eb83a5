/// Receives every value a view holds, in the order of its field list and of its nested views' lists: what a
/// template can print of it, for a digest of the view (an equal digest means an equal page).
public protocol TemplateFieldVisitor {
    mutating func visit(text: String)
    mutating func visit(flag: Bool)
    mutating func visit(number: Int)
    /// An optional value or view that is absent.
    mutating func visitAbsent()
    /// A nested view begins (its fields follow).
    mutating func visitViewStart()
    /// A list ends, after `count` views.
    mutating func visitListEnd(count: Int)
}

extension TemplateView {
    /// Hands every value of the view to `visitor`, its nested views and lists included.
    public func visitFields(_ visitor: inout some TemplateFieldVisitor) {
        ViewType.visit(ViewBox(self), fields: ViewType.of(Self.self).fields, &visitor)
    }
}

extension ViewType {
    /// `fields` (the list of the view's type, read once however many items of a list use it) of `view`.
    static func visit(_ view: Any, fields: [Field], _ visitor: inout some TemplateFieldVisitor) {
        for field in fields {
            switch field.value {
            case .text(let read), .html(let read): visitor.visit(text: read(view))
            case .optionalText(let read):
                if let text = read(view) { visitor.visit(text: text) } else { visitor.visitAbsent() }
            case .flag(let read): visitor.visit(flag: read(view))
            case .number(let read): visitor.visit(number: read(view))
            case .view(let type, let read):
                visitor.visitViewStart()
                visit(read(view), fields: type.fields, &visitor)
            case .optionalView(let type, let read):
                guard let child = read(view) else {
                    visitor.visitAbsent()
                    continue
                }
                visitor.visitViewStart()
                visit(child, fields: type.fields, &visitor)
            case .list(let type, let each, _):
                let itemFields = type.fields
                var count = 0
                each(view) { child in
                    visitor.visitViewStart()
                    visit(child, fields: itemFields, &visitor)
                    count += 1
                }
                visitor.visitListEnd(count: count)
            }
        }
    }
}
