import Foundation

/// A `wbgetentities` answer, as the API documents it; only the properties of `WikidataProperty.read` are
/// decoded, the others skipped unread.
struct EntitiesAnswer: Decodable {
    struct Entity: Decodable {
        struct Text: Decodable {
            let value: String
        }

        struct Redirect: Decodable {
            let from: String
            let to: String
        }

        let id: String?
        let missing: String?
        let labels: [String: Text]?
        let descriptions: [String: Text]?
        let claims: Claims?
        let redirects: Redirect?

        func entity(id: String) -> WikidataEntity {
            WikidataEntity(
                id: id, labels: (labels ?? [:]).mapValues(\.value), descriptions: (descriptions ?? [:]).mapValues(\.value),
                statements: claims?.statements ?? [:])
        }
    }

    let entities: [String: Entity]
}

/// The property ids of an object, read as JSON object keys.
struct PropertyKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }

    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// An item's `claims`: statements by property, for the properties Générique reads.
struct Claims: Decodable {
    let statements: [String: [WikidataStatement]]

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: PropertyKey.self)
        var statements: [String: [WikidataStatement]] = [:]
        for key in container.allKeys where WikidataProperty.read.contains(key.stringValue) {
            statements[key.stringValue] = try container.decode([Statement].self, forKey: key).map(\.statement)
        }
        self.statements = statements
    }
}

/// One statement as the JSON writes it.
private struct Statement: Decodable {
    struct Reference: Decodable {
        let snaks: [String: [Snak]]?
    }

    let mainsnak: Snak
    let rank: String
    let qualifiers: [String: [Snak]]?
    let references: [Reference]?

    var statement: WikidataStatement {
        let end = qualifiers?[WikidataProperty.endTime]?.first.map { $0.value.time ?? "unknown" }
        let references = (references ?? []).compactMap { reference -> String? in
            let snaks = reference.snaks ?? [:]
            if let url = snaks["P854"]?.first?.value.text { return url }
            if let item = snaks["P248"]?.first?.value.item { return "stated in \(item)" }
            if let item = snaks["P143"]?.first?.value.item { return "imported from \(item)" }
            return nil
        }
        return WikidataStatement(
            value: mainsnak.value.statementValue, rank: WikidataStatement.Rank(rawValue: rank) ?? .normal,
            endTime: end, references: references)
    }
}

/// A property and its value (`somevalue` and `novalue` snaks have none).
private struct Snak: Decodable {
    struct DataValue: Decodable {
        let value: SnakValue
    }

    let datavalue: DataValue?

    var value: SnakValue { datavalue?.value ?? SnakValue() }
}

/// The value of a snak: a string, an item, a time, or something Générique does not read.
private struct SnakValue: Decodable {
    var text: String?
    var item: String?
    var time: String?

    init() {}

    private enum Keys: String, CodingKey {
        case id, time
    }

    init(from decoder: any Decoder) throws {
        if let text = try? decoder.singleValueContainer().decode(String.self) {
            self.text = text
        } else if let object = try? decoder.container(keyedBy: Keys.self) {
            item = try? object.decode(String.self, forKey: .id)
            time = try? object.decode(String.self, forKey: .time)
        }
    }

    var statementValue: WikidataStatement.Value {
        if let text { return .text(text) }
        if let item { return .item(item) }
        return .other
    }
}
