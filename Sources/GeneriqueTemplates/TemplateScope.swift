import GeneriqueCore

/// What a tag sees where it is compiled: the views the sections around it opened (innermost last), the
/// blocks replaced by the templates that included it, and the chain of templates that led to it.
struct TemplateScope: Hashable {
    /// A value a section put on the stack.
    enum Frame: Hashable, CustomStringConvertible {
        case view(ViewType)
        /// The text of a section over the field `field`, text that may be absent; `isHTML` when it may be
        /// printed raw.
        case text(field: String, isHTML: Bool)

        var description: String {
            switch self {
            case .view(let type): type.name
            case .text: "text"
            }
        }
    }

    var frames: [Frame]
    /// Replaced blocks, by name: the first template to replace a block wins (the one furthest from the
    /// block), as the spec says.
    var overrides: [String: Override] = [:]
    /// The templates being compiled, outermost first: a template met again is a cycle.
    var chain: [String] = []

    /// A block's replacement, and where it was written.
    struct Override: Hashable {
        let nodes: [ParsedNode]
        /// Which template replaced it, and which `{{<…}}`, to tell two replacements apart.
        let origin: SourceLocation

        static func == (one: Override, other: Override) -> Bool { one.origin == other.origin }
        func hash(into hasher: inout Hasher) { hasher.combine(origin) }
    }

    /// Where the first part of `name` is found: the innermost frame whose view has such a field, and the
    /// field.
    func resolve(_ first: String) -> (index: Int, field: ViewType.Field)? {
        for index in frames.indices.reversed() {
            if case .view(let type) = frames[index], let field = type.field(first) { return (index, field) }
        }
        return nil
    }

    /// The innermost view, for messages.
    var innermostView: ViewType? {
        for frame in frames.reversed() { if case .view(let type) = frame { return type } }
        return nil
    }

    /// Every name the frames offer, for suggestions.
    var visibleNames: [String] {
        frames.flatMap { frame -> [String] in
            if case .view(let type) = frame { return type.fields.map(\.name) }
            return []
        }
    }
}
