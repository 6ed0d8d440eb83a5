import GeneriqueCore
import Yams

/// The top-level mapping of a YAML document, each key with its position in the file.
///
/// Yams's decoder reports type errors by key path only; reading the composed nodes keeps a line and
/// column for every key and value, so every diagnostic points at the exact place.
struct YAMLFields {
    /// One `key: value` pair.
    struct Field {
        let key: String
        let keyLocation: SourceLocation
        let value: Node
    }

    let path: String
    /// Added to YAML line numbers to get file line numbers.
    let lineOffset: Int
    let fields: [Field]

    /// Parses `yaml`, which starts on line `firstLine` of the file at `path`.
    /// An empty document is an empty mapping; anything but a mapping is an error.
    static func parse(_ yaml: String, path: String, firstLine: Int) -> Result<YAMLFields, Diagnostic> {
        let lineOffset = firstLine - 1
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, path: path, lineOffset: lineOffset))
        } catch {
            return .failure(
                .error(at: SourceLocation(path: path, line: firstLine), "\(error)", code: "yaml-syntax"))
        }
        guard let root else { return .success(YAMLFields(path: path, lineOffset: lineOffset, fields: [])) }
        guard case .mapping(let mapping) = root else {
            if case .scalar(let scalar) = root, scalar.string.isEmpty {
                return .success(YAMLFields(path: path, lineOffset: lineOffset, fields: []))
            }
            return .failure(
                .error(
                    at: location(of: root, path: path, lineOffset: lineOffset),
                    "front matter must be a list of 'key: value' fields", code: "yaml-not-mapping"))
        }
        var fields: [Field] = []
        for (key, value) in mapping {
            let keyLocation = location(of: key, path: path, lineOffset: lineOffset)
            guard case .scalar(let scalar) = key else {
                return .failure(.error(at: keyLocation, "field names must be plain words", code: "yaml-complex-key"))
            }
            fields.append(Field(key: scalar.string, keyLocation: keyLocation, value: value))
        }
        return .success(YAMLFields(path: path, lineOffset: lineOffset, fields: fields))
    }

    /// Position of a node in the file.
    static func location(of node: Node, path: String, lineOffset: Int) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(path: path, line: lineOffset + 1) }
        return SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column)
    }

    func location(of node: Node) -> SourceLocation {
        Self.location(of: node, path: path, lineOffset: lineOffset)
    }

    /// The location of the start of the document, for fields that are missing altogether.
    var documentLocation: SourceLocation { SourceLocation(path: path, line: max(1, lineOffset)) }

    private static func diagnostic(for error: YamlError, path: String, lineOffset: Int) -> Diagnostic {
        let hint = "check the indentation and quote values that contain ':' or start with '@', '*', '&' or '['"
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _):
            var message = "YAML syntax error: \(problem)"
            if let context { message += " (\(context.text))" }
            return .error(
                at: SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column), message,
                code: "yaml-syntax", hint: hint)
        case .composer(let context, let problem, let mark, _):
            var message = "YAML error: \(problem)"
            if let context { message += " (\(context.text))" }
            return .error(
                at: SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column), message,
                code: "yaml-syntax", hint: hint)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? "?"
            return .error(
                at: SourceLocation(path: path, line: context.mark.line + lineOffset, column: context.mark.column),
                "field '\(key)' appears more than once", code: "duplicate-key", hint: "keep a single '\(key):' line")
        default:
            return .error(at: SourceLocation(path: path, line: lineOffset + 1), "YAML error: \(error)",
                          code: "yaml-syntax", hint: hint)
        }
    }
}
