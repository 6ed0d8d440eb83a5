/// What kind of feed a document is, from its root element, and how many items it holds: enough to tell a
/// feed from the HTML page a misconfigured server sends instead (a full XML parse would say no more).
struct FeedSniffer: CustomStringConvertible {
    enum Format: String {
        case rss = "RSS"
        case atom = "Atom"
        case rdf = "RSS 1.0 (RDF)"
    }

    let format: Format
    /// `<item>` elements (RSS, RDF) or `<entry>` elements (Atom).
    let items: Int

    /// Nil when the root element is not `rss`, `feed` or `RDF` (with any prefix).
    init?(_ bytes: [UInt8]) {
        guard let root = Self.rootName(bytes) else { return nil }
        let local = root.split(separator: ":").last.map(String.init) ?? root
        switch (root, local) {
        case ("rss", _): format = .rss
        case ("feed", _): format = .atom
        case (_, "RDF"): format = .rdf
        default: return nil
        }
        items = Self.count(format == .atom ? "entry" : "item", in: bytes)
    }

    var description: String {
        let noun = format == .atom ? (items == 1 ? "entry" : "entries") : (items == 1 ? "item" : "items")
        return "\(format.rawValue) feed, \(items) \(noun)"
    }

    /// The name of the document's first element, after a byte-order mark, blanks, the XML declaration,
    /// processing instructions, comments and a doctype; nil when the text does not start with markup.
    static func rootName(_ bytes: [UInt8]) -> String? {
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        func skip(past end: [UInt8]) {
            while index < bytes.count, !bytes[index...].starts(with: end) { index += 1 }
            index += end.count
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                index += 1
            } else if bytes[index...].starts(with: Array("<?".utf8)) {
                skip(past: Array("?>".utf8))
            } else if bytes[index...].starts(with: Array("<!--".utf8)) {
                skip(past: Array("-->".utf8))
            } else if bytes[index...].starts(with: Array("<!".utf8)) {
                skip(past: Array(">".utf8))
            } else if byte == UInt8(ascii: "<") {
                let name = bytes[(index + 1)...].prefix { byte in
                    !(byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == UInt8(ascii: ">")
                        || byte == UInt8(ascii: "/"))
                }
                return name.isEmpty ? nil : String(decoding: name, as: UTF8.self)
            } else {
                return nil
            }
        }
        return nil
    }

    /// Start tags named `name`: `<item>`, `<item …>`, `<item/>`.
    private static func count(_ name: String, in bytes: [UInt8]) -> Int {
        let needle = Array(name.utf8)
        var count = 0
        var index = 0
        while index + needle.count + 1 < bytes.count {
            defer { index += 1 }
            guard bytes[index] == UInt8(ascii: "<") else { continue }
            guard bytes[(index + 1)...].starts(with: needle) else { continue }
            let after = bytes[index + 1 + needle.count]
            let ends: Set<UInt8> = [UInt8(ascii: ">"), UInt8(ascii: "/"), 0x20, 0x0A, 0x09, 0x0D]
            if ends.contains(after) { count += 1 }
        }
        return count
    }
}
