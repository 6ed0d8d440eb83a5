/// A Wikidata item, by its id (`Q` and digits, as in `https://www.wikidata.org/wiki/Q42`): where an entry's
/// accounts and website can be imported from and refreshed, and a source readers can follow.
public struct WikidataItem: Sendable, Hashable {
    /// The id, such as `Q42`.
    public let id: String

    /// The item of `id`; nil unless it is `Q` followed by digits without a leading zero.
    public init?(_ id: String) {
        let digits = id.utf8.dropFirst()
        guard id.utf8.first == UInt8(ascii: "Q"), let first = digits.first, first != UInt8(ascii: "0"),
            digits.count <= 12, digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) })
        else { return nil }
        self.id = id
    }

    /// The item named by an address of its page or data (`…wikidata.org/wiki/Q42`, `…/entity/Q42`): what an
    /// editor who pasted the address meant.
    public init?(address: String) {
        guard address.contains("wikidata.org/"), let last = address.split(separator: "/").last else { return nil }
        let id = last.split(separator: "#").first.map(String.init) ?? ""
        self.init(id.hasSuffix(".json") ? String(id.dropLast(5)) : id)
    }

    /// The item's page.
    public var url: String { "https://www.wikidata.org/wiki/" + id }
}

extension WikidataItem: BinaryCodable {
    public func encode(to writer: inout BinaryWriter) {
        writer.write(id)
    }

    public init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        guard let item = WikidataItem(try reader.read() as String) else { throw BinaryFormatError() }
        self = item
    }
}
