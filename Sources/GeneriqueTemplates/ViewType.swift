/// A view type as templates see it: its name and its fields, read from its one field list.
struct ViewType: Sendable, Hashable, CustomStringConvertible {
    /// One field, whatever its view's type.
    struct Field: Sendable {
        let name: String
        let summary: String
        let value: FieldValue
    }

    /// The type's identity: two views of one type compile alike.
    let id: ObjectIdentifier
    /// The type's name, for messages: `ProfileCard`.
    let name: String
    /// Read when needed, so that a type may hold views of its own type.
    private let readFields: @Sendable () -> [Field]

    static func of<View: TemplateView>(_ type: View.Type) -> ViewType {
        ViewType(id: ObjectIdentifier(type), name: String(describing: type)) {
            View.templateFields.map { Field(name: $0.name, summary: $0.summary, value: $0.value) }
        }
    }

    private init(id: ObjectIdentifier, name: String, fields: @escaping @Sendable () -> [Field]) {
        self.id = id
        self.name = name
        readFields = fields
    }

    /// The fields, in the order the type lists them.
    var fields: [Field] { readFields() }

    /// The field named `name`, if the type has one.
    func field(_ name: String) -> Field? {
        fields.first { $0.name == name }
    }

    var description: String { name }

    static func == (one: ViewType, other: ViewType) -> Bool { one.id == other.id }

    func hash(into hasher: inout Hasher) { hasher.combine(id) }
}
