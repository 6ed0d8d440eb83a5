import GeneriqueCore

/// Where an entry's fields are written: for commands that point at a field of a valid file (`verify` reports
/// each account, website and feed at its own line). Reading it again costs one YAML parse, and keeps the
/// model and the parse cache free of positions only those commands need.
public struct FieldLocations: Sendable, Hashable {
    /// The position of each top-level field's value, by key.
    public let values: [String: SourceLocation]
    /// The position of each account's handle, by network.
    public let accounts: [Network: SourceLocation]

    /// The positions in `file`: an entry's front matter, or `content/site.yml` (all YAML). Nil when the file
    /// cannot be read as such (the content loader reports why).
    public static func read(_ file: SourceFile) -> FieldLocations? {
        guard case .success(let source) = SourceText.decode(file) else { return nil }
        let yaml: String
        let firstLine: Int
        if file.path == "content/site.yml" {
            (yaml, firstLine) = (source.text, 1)
        } else {
            guard case .success(let document) = FrontMatterDocument.split(source, required: true),
                let text = document.yaml
            else { return nil }
            (yaml, firstLine) = (text, document.yamlFirstLine)
        }
        guard let fields = YAMLFields.parse(yaml, path: file.path, firstLine: firstLine).fields else { return nil }
        var values: [String: SourceLocation] = [:]
        var accounts: [Network: SourceLocation] = [:]
        for field in fields.fields where values[field.key] == nil {
            values[field.key] = fields.location(of: field.value)
            guard field.key == "accounts", case .mapping(let mapping, _) = field.value else { continue }
            for (key, value) in mapping {
                guard let network = key.scalar.flatMap({ Network(rawValue: $0.string) }), accounts[network] == nil
                else { continue }
                accounts[network] = fields.location(of: value)
            }
        }
        return FieldLocations(values: values, accounts: accounts)
    }
}
