import GeneriqueCore

/// The top-level mapping of a YAML document, each key with its position in the file.
///
/// Every node keeps its line and column, so diagnostics point at the exact key or value, not only at a
/// key path as a decoder's errors would.
struct YAMLFields {
    /// One `key: value` pair.
    struct Field {
        let key: String
        let keyLocation: SourceLocation
        let value: YAMLNode
    }

    let path: String
    /// Added to YAML line numbers to get file line numbers.
    let lineOffset: Int
    let fields: [Field]

    /// Parses `yaml`, which starts on line `firstLine` of the file at `path`: the fields, nil when the YAML
    /// cannot be read at all, and every problem found (each key written twice, even when the rest is read).
    /// An empty document is an empty mapping; anything but a mapping is an error.
    static func parse(_ yaml: String, path: String, firstLine: Int) -> (fields: YAMLFields?, diagnostics: [Diagnostic]) {
        let lineOffset = firstLine - 1
        var duplicates: [YAMLSyntaxError] = []
        let parsed = YAMLEventParser.parse(yaml, duplicates: &duplicates)
        var diagnostics = duplicates.map { diagnostic(for: $0, yaml: yaml, path: path, lineOffset: lineOffset) }
        let root: YAMLNode?
        switch parsed {
        case .success(let node): root = node
        case .failure(let error):
            return (nil, diagnostics + [diagnostic(for: error, yaml: yaml, path: path, lineOffset: lineOffset)])
        }
        let empty = YAMLFields(path: path, lineOffset: lineOffset, fields: [])
        guard let root else { return (empty, diagnostics) }
        guard case .mapping(let mapping, _) = root else {
            if let scalar = root.scalar, scalar.isPlain, scalar.string.isEmpty { return (empty, diagnostics) }
            diagnostics.append(
                .error(
                    at: location(of: root, path: path, lineOffset: lineOffset),
                    "front matter must be a list of 'key: value' fields", code: "yaml-not-mapping"))
            return (nil, diagnostics)
        }
        var fields: [Field] = []
        for (key, value) in mapping {
            let keyLocation = location(of: key, path: path, lineOffset: lineOffset)
            guard let scalar = key.scalar else {
                diagnostics.append(.error(at: keyLocation, "field names must be plain words", code: "yaml-complex-key"))
                return (nil, diagnostics)
            }
            fields.append(Field(key: scalar.string, keyLocation: keyLocation, value: value))
        }
        return (YAMLFields(path: path, lineOffset: lineOffset, fields: fields), diagnostics)
    }

    /// Position of a node in the file.
    static func location(of node: YAMLNode, path: String, lineOffset: Int) -> SourceLocation {
        SourceLocation(path: path, line: node.mark.line + lineOffset, column: node.mark.column)
    }

    func location(of node: YAMLNode) -> SourceLocation {
        Self.location(of: node, path: path, lineOffset: lineOffset)
    }

    /// The location of the start of the document, for fields that are missing altogether.
    var documentLocation: SourceLocation { SourceLocation(path: path, line: max(1, lineOffset)) }

    private static func diagnostic(for error: YAMLSyntaxError, yaml: String, path: String, lineOffset: Int) -> Diagnostic {
        let location = SourceLocation(path: path, line: error.mark.line + lineOffset, column: error.mark.column)
        switch error.code {
        case "duplicate-key", "yaml-alias":
            return .error(at: location, error.message, code: error.code, hint: error.hint)
        default:
            var message = "YAML syntax error: \(error.message)"
            if let context = error.context {
                message += " (\(context.text), from line \(context.mark.line + lineOffset), column \(context.mark.column))"
            }
            let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
            let line = error.mark.line >= 1 && error.mark.line <= lines.count ? lines[error.mark.line - 1] : ""
            let hint =
                error.hint
                ?? (line.contains("\t")
                    ? "YAML does not allow tabs for indentation: use spaces"
                    : "check the indentation, close every [ and {, and quote values that contain ': ' or start with '@', '*', '&' or '['")
            return .error(at: location, message, code: "yaml-syntax", hint: hint)
        }
    }
}
