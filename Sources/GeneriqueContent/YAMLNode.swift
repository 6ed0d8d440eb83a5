/// A YAML value with the position of its first character: all front matter needs, and nothing that can
/// explode (aliases are refused, so "billion laughs" documents cannot expand).
indirect enum YAMLNode: Sendable {
    case scalar(Scalar)
    case sequence([YAMLNode], Mark)
    case mapping([(key: YAMLNode, value: YAMLNode)], Mark)

    /// A position in the YAML text, 1-based, columns in characters.
    struct Mark: Sendable, Hashable {
        let line: Int
        let column: Int
    }

    /// A scalar's text and how it was written.
    struct Scalar: Sendable {
        let string: String
        /// Plain (unquoted) scalars may mean null (`~`, `null`, nothing); quoted ones are always text.
        let isPlain: Bool
        let mark: Mark
    }

    var mark: Mark {
        switch self {
        case .scalar(let scalar): scalar.mark
        case .sequence(_, let mark), .mapping(_, let mark): mark
        }
    }

    /// The scalar, if this is one.
    var scalar: Scalar? {
        if case .scalar(let scalar) = self { return scalar }
        return nil
    }
}

/// A YAML syntax problem, positioned in the YAML text.
struct YAMLSyntaxError: Error, Sendable {
    let message: String
    let mark: YAMLNode.Mark
    /// What libyaml was doing, and where that started: "while parsing a flow sequence", line 3.
    let context: (text: String, mark: YAMLNode.Mark)?
    let code: String
    var hint: String? = nil
}
