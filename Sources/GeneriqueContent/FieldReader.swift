import GeneriqueCore

/// Reads typed fields out of a front matter, collecting a positioned diagnostic for every problem.
///
/// A parser creates one per file, reads each field once, and takes `diagnostics` at the end.
struct FieldReader {
    let document: YAMLFields
    private let fieldsByKey: [String: YAMLFields.Field]
    /// Where fields are written, for hints: "the front matter" or "site.yml".
    private let container: String
    /// Required fields that a misspelt key probably meant: their absence is not reported twice.
    private var misspelt: [String: SourceLocation] = [:]
    /// Problems found so far.
    var diagnostics: [Diagnostic] = []

    init(_ document: YAMLFields, allowedKeys: [String], container: String = "the front matter") {
        self.document = document
        self.container = container
        var byKey: [String: YAMLFields.Field] = [:]
        for field in document.fields { byKey[field.key] = field }
        fieldsByKey = byKey
        for field in document.fields where !allowedKeys.contains(field.key) {
            let suggestion = Suggestion.closest(to: field.key, in: allowedKeys)
            if let suggestion { misspelt[suggestion] = field.keyLocation }
            diagnostics.append(
                .error(
                    at: field.keyLocation, "unknown field '\(field.key)'", code: "unknown-key",
                    hint: suggestion.map { "did you mean '\($0)'?" }
                        ?? "allowed fields: \(allowedKeys.joined(separator: ", "))"))
        }
    }

    /// Where the front matter starts, for problems that concern the whole file.
    var documentLocation: SourceLocation { document.documentLocation }

    /// Location of a field's key, if present.
    func keyLocation(_ key: String) -> SourceLocation? { fieldsByKey[key]?.keyLocation }

    /// Location of a field's value, if present.
    func valueLocation(_ key: String) -> SourceLocation? { fieldsByKey[key].map { document.location(of: $0.value) } }

    /// A text field. Numbers and dates written without quotes are taken as their text.
    mutating func string(_ key: String, required: Bool = false, expected: String = "a text") -> String? {
        guard let value = present(key, required: required, expected: expected) else { return nil }
        guard let scalar = value.scalar else {
            report(key, value, "'\(key)' must be a text, not \(describe(value))", code: "wrong-type")
            return nil
        }
        let text = scalar.string.trimmingWhitespace()
        if text.isEmpty {
            if required { report(key, value, "'\(key)' must not be empty", code: "missing-field") }
            return nil
        }
        return text
    }

    /// A text readers see (a name, a title, a description), with French typography applied: the one place
    /// it is applied to front matter, so that pages, feeds, structured data and open data show the same text.
    mutating func text(_ key: String, required: Bool = false) -> String? {
        string(key, required: required).map { FrenchTypography.apply(to: $0) }
    }

    /// A whole number; `example` is the one the hint shows.
    mutating func int(_ key: String, required: Bool = false, example: Int = 3) -> Int? {
        guard let value = present(key, required: required, expected: "a whole number") else { return nil }
        guard let scalar = value.scalar, let number = Int(scalar.string.trimmingWhitespace()) else {
            report(key, value, "'\(key)' must be a whole number", code: "wrong-type", hint: "for example: \(key): \(example)")
            return nil
        }
        return number
    }

    /// `true` or `false`.
    mutating func bool(_ key: String) -> Bool? {
        guard let value = present(key, required: false, expected: "true or false") else { return nil }
        switch value.scalar?.string.trimmingWhitespace().lowercased() {
        case "true": return true
        case "false": return false
        default:
            report(key, value, "'\(key)' must be true or false", code: "wrong-type")
            return nil
        }
    }

    /// A date written `YYYY-MM-DD`.
    mutating func date(_ key: String) -> LocalDate? {
        guard let value = present(key, required: false, expected: "a date") else { return nil }
        let text = value.scalar?.string.trimmingWhitespace() ?? ""
        if let date = LocalDate(iso: text) { return date }
        let isWrittenAsDate = text.count == 10 && text.enumerated().allSatisfy { index, character in
            index == 4 || index == 7 ? character == "-" : character.isASCII && character.isNumber
        }
        report(
            key, value,
            isWrittenAsDate ? "'\(key)': \(text) is not a date of the calendar" : "'\(key)' must be a date written YYYY-MM-DD",
            code: "invalid-date", hint: isWrittenAsDate ? "check the month (01–12) and the day" : "for example: \(key): 2026-03-14")
        return nil
    }

    /// An absolute http(s) or mailto URL.
    mutating func url(_ key: String) -> String? {
        guard let text = string(key, expected: "an absolute URL"), let location = valueLocation(key) else { return nil }
        if let problem = URLRules.problem(withExternalURL: text) {
            diagnostics.append(.error(at: location, "'\(key)': \(problem)", code: "invalid-url",
                                      hint: "write the full address, e.g. https://www.example.fr/"))
            return nil
        }
        return text
    }

    /// A Wikidata item id (`Q42`). A pasted address of the item is refused with the id to write instead: the
    /// field names the item, not a page of it.
    mutating func wikidataItem(_ key: String = "wikidata") -> WikidataItem? {
        guard let text = string(key, expected: "a Wikidata item id"), let location = valueLocation(key) else {
            return nil
        }
        return wikidataItem(text, key: key, at: location, pasted: { "write the item's id alone: \(key): \($0)" })
    }

    /// A list of Wikidata item ids (`[Q3282637, Q1053574]`), each invalid one reported at its place.
    mutating func wikidataItems(_ key: String) -> [WikidataItem] {
        (stringList(key) ?? []).compactMap { text, location in
            wikidataItem(text, key: key, at: location, pasted: { "write the item's id alone: \($0)" })
        }
    }

    /// The item `text` names, or nil with an `invalid-wikidata` error; `pasted` writes the hint for an
    /// address of the item, from its id.
    private mutating func wikidataItem(
        _ text: String, key: String, at location: SourceLocation, pasted: (String) -> String
    ) -> WikidataItem? {
        if let item = WikidataItem(text) { return item }
        let hint = WikidataItem(address: text).map { pasted($0.id) }
            ?? "a Wikidata item id is Q followed by digits, as at the end of its address https://www.wikidata.org/wiki/Q42"
        diagnostics.append(
            .error(at: location, "'\(key)': '\(text)' is not a Wikidata item id", code: "invalid-wikidata", hint: hint))
        return nil
    }

    /// Where the information comes from: one source or a list of them, each free text (French typography
    /// applied) or a lone URL — which must then be a valid one, since pages link to it.
    mutating func sources(_ key: String = "source") -> [String] {
        guard let value = present(key, required: false, expected: "a text or a list of texts") else { return [] }
        var items = [value]
        if case .sequence(let sequence, _) = value { items = sequence }
        if case .mapping = value {
            report(key, value, "'\(key)' must be a text or a list of texts", code: "wrong-type",
                   hint: "for example: \(key): [\"https://www.example.fr/\", \"Dossier de presse, 2026\"]")
            return []
        }
        return items.compactMap { item in
            guard let scalar = item.scalar, !scalar.string.trimmingWhitespace().isEmpty else {
                report(key, item, "each item of '\(key)' must be a text", code: "wrong-type")
                return nil
            }
            return source(scalar.string.trimmingWhitespace(), key: key, at: document.location(of: item))
        }
    }

    /// One source: typeset text, or a URL checked as such.
    private mutating func source(_ text: String, key: String, at location: SourceLocation) -> String? {
        // Most sources are plain text: only one starting with h or H can be a URL (no other character
        // lowercases to an h), and lowercasing the whole text was most of the time spent reading a profile.
        guard let first = text.utf8.first, first | 0x20 == UInt8(ascii: "h") else { return FrenchTypography.apply(to: text) }
        let lowered = text.lowercased()
        let isLoneURL = (lowered.hasPrefix("http://") || lowered.hasPrefix("https://")) && !text.contains(where: \.isWhitespace)
        if isLoneURL, let problem = URLRules.problem(withExternalURL: text) {
            diagnostics.append(.error(at: location, "'\(key)': \(problem)", code: "invalid-url",
                                      hint: "write the full address, or plain text such as « Site officiel, 2026 »"))
            return nil
        }
        return isLoneURL ? text : FrenchTypography.apply(to: text)
    }

    /// Former slugs of the entry (`aliases: [old-name]`), each a valid slug, with its position.
    mutating func aliases(_ key: String = "aliases") -> [(text: String, location: SourceLocation)] {
        (stringList(key) ?? []).filter { alias in
            guard !Slug.isValid(alias.text) else { return true }
            let slug = Slug.make(from: alias.text)
            diagnostics.append(
                .error(
                    at: alias.location, "alias '\(alias.text)' is not a slug", code: "invalid-alias",
                    hint: slug.isEmpty
                        ? "an alias is the old file name without .md: lowercase ASCII letters, digits and hyphens"
                        : "an alias is the old file name without .md, such as '\(slug)'"))
            return false
        }
    }

    /// A list of texts, each with its position. A single text where a list is expected is an error with a hint.
    mutating func stringList(_ key: String, required: Bool = false) -> [(text: String, location: SourceLocation)]? {
        guard let value = present(key, required: required, expected: "a list") else { return nil }
        guard case .sequence(let sequence, _) = value else {
            let example = value.scalar.map { "[\($0.string)]" } ?? "[…]"
            report(key, value, "'\(key)' must be a list", code: "wrong-type", hint: "write \(key): \(example)")
            return nil
        }
        var items: [(String, SourceLocation)] = []
        for item in sequence {
            guard let scalar = item.scalar, !scalar.string.trimmingWhitespace().isEmpty else {
                diagnostics.append(
                    .error(at: document.location(of: item), "each item of '\(key)' must be a text", code: "wrong-type"))
                continue
            }
            items.append((scalar.string.trimmingWhitespace(), document.location(of: item)))
        }
        if required && items.isEmpty && sequence.isEmpty {
            report(key, value, "'\(key)' needs at least one item", code: "missing-field")
        }
        return items
    }

    /// Records a problem found by the caller at a field's value (or key).
    mutating func report(at key: String, _ message: String, code: String, hint: String? = nil) {
        let location = valueLocation(key) ?? keyLocation(key) ?? documentLocation
        diagnostics.append(.error(at: location, message, code: code, hint: hint))
    }

    /// The field's value; nil when absent or null, after reporting it if `required`.
    mutating func present(_ key: String, required: Bool, expected: String) -> YAMLNode? {
        guard let field = fieldsByKey[key], !isNull(field.value) else {
            if required && misspelt[key] == nil {
                let location = fieldsByKey[key]?.keyLocation ?? documentLocation
                diagnostics.append(
                    .error(at: location, "missing required field '\(key)'", code: "missing-field",
                           hint: "add '\(key): …' (\(expected)) to \(container)"))
            }
            return nil
        }
        return field.value
    }

    /// Records a problem at a node of the field `key`.
    mutating func report(_ key: String, _ value: YAMLNode, _ message: String, code: String, hint: String? = nil) {
        diagnostics.append(.error(at: document.location(of: value), message, code: code, hint: hint))
    }

    /// Whether the node is YAML's null: nothing, `~` or `null`, unquoted.
    func isNull(_ node: YAMLNode) -> Bool {
        guard let scalar = node.scalar, scalar.isPlain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    private func describe(_ node: YAMLNode) -> String {
        switch node {
        case .mapping: "a map"
        case .sequence: "a list"
        default: "a value"
        }
    }
}
