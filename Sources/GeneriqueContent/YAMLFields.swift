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
            return .failure(diagnostic(for: error, yaml: yaml, path: path, lineOffset: lineOffset))
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

    private static func diagnostic(for error: YamlError, yaml: String, path: String, lineOffset: Int) -> Diagnostic {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        func fileLocation(_ mark: Mark) -> SourceLocation {
            SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column)
        }
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            var message = "YAML syntax error: \(problem)"
            if let context {
                let start = fileLocation(context.mark)
                message += " (\(context.text), from line \(start.line), column \(start.column))"
            }
            let line = mark.line >= 1 && mark.line <= lines.count ? lines[mark.line - 1] : ""
            let hint =
                line.contains("\t")
                ? "YAML does not allow tabs for indentation: use spaces"
                : "check the indentation, close every [ and {, and quote values that contain ': ' or start with '@', '*', '&' or '['"
            return .error(at: fileLocation(mark), message, code: "yaml-syntax", hint: hint)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? "?"
            return .error(
                at: secondOccurrence(of: key, in: lines, after: context.mark).map {
                    SourceLocation(path: path, line: $0.line + lineOffset, column: $0.column)
                } ?? fileLocation(context.mark),
                "field '\(key)' appears more than once", code: "duplicate-key",
                hint: "keep a single '\(key):' line")
        default:
            return .error(
                at: SourceLocation(path: path, line: lineOffset + 1), "YAML error: \(error)", code: "yaml-syntax")
        }
    }

    /// Yams points at the first of two identical keys; the mistake is usually the second one.
    private static func secondOccurrence(of key: String, in lines: [Substring], after first: Mark) -> (line: Int, column: Int)? {
        guard first.line >= 1, first.line <= lines.count else { return nil }
        let indentation = first.column - 1
        for (index, line) in lines.enumerated().dropFirst(first.line) {
            let scalars = Array(line.unicodeScalars)
            guard scalars.count > indentation, scalars.prefix(indentation).allSatisfy({ $0 == " " }) else { continue }
            let rest = String(String.UnicodeScalarView(scalars.dropFirst(indentation)))
            if rest.hasPrefix(key), String(rest.dropFirst(key.count)).trimmingWhitespace().hasPrefix(":") {
                return (index + 1, first.column)
            }
        }
        return nil
    }
}
