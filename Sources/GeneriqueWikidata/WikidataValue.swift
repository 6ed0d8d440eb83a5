import GeneriqueContent
import GeneriqueCore

/// A value Wikidata gives for an entry field, checked by the content's own rules.
public struct WikidataValue: Sendable, Hashable {
    /// The field it fills.
    public let field: WikidataField
    /// The property it comes from.
    public let property: String
    /// The normalised handle or the address, as the entry would write it; Wikidata's text when it is invalid.
    public let value: String
    /// The statement, for its rank, end and references.
    public let statement: WikidataStatement
    /// Why the content would refuse it, or nil when it is valid.
    public let problem: String?

    /// Whether `text`, an entry's value for the field, is this value: handles in any case (but YouTube
    /// channel ids), addresses whatever their scheme, host case or final slash.
    public func matches(_ text: String) -> Bool {
        switch field {
        case .account(let network):
            let handle = (try? HandleRules.normalize(text, for: network).get()) ?? text
            return Account(network: network, handle: handle).identity == Account(network: network, handle: value).identity
        case .website, .feed:
            return Self.comparable(text) == Self.comparable(value)
        }
    }

    private static func comparable(_ address: String) -> String {
        var text = address.lowercased()
        for scheme in ["https://", "http://"] where text.hasPrefix(scheme) { text.removeFirst(scheme.count) }
        while text.hasSuffix("/") { text.removeLast() }
        return text
    }
}

extension WikidataEntity {
    /// The values the item gives for `field`: those that hold today (see `current`), in the order of the
    /// field's properties, and those that ended. `isOrganization` picks LinkedIn's property.
    public func values(for field: WikidataField, isOrganization: Bool) -> (current: [WikidataValue], ended: [WikidataValue]) {
        var current: [WikidataValue] = []
        var ended: [WikidataValue] = []
        for property in WikidataProperty.sources(of: field, isOrganization: isOrganization) {
            current += self.current(property).compactMap { Self.value($0, of: property, for: field) }
            ended += self.ended(property).compactMap { Self.value($0, of: property, for: field) }
        }
        return (current, ended)
    }

    private static func value(_ statement: WikidataStatement, of property: String, for field: WikidataField)
        -> WikidataValue?
    {
        guard let text = statement.text?.trimmingWhitespace(), !text.isEmpty else { return nil }
        switch field {
        case .account(let network):
            switch HandleRules.normalize(text, for: network) {
            case .success(let handle):
                return WikidataValue(field: field, property: property, value: handle, statement: statement, problem: nil)
            case .failure(let problem):
                return WikidataValue(field: field, property: property, value: text, statement: statement, problem: problem.message)
            }
        case .website, .feed:
            let problem = URLRules.problem(withExternalURL: text).map { "'\(text)': \($0)" }
            return WikidataValue(field: field, property: property, value: text, statement: statement, problem: problem)
        }
    }
}
