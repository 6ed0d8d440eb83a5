import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

// Real parsers for the tests of the files that are not pages: XML through Foundation's XMLParser (libxml2 on
// Linux), CSV by the letter of RFC 4180.

/// Reads CSV per RFC 4180 (quoted fields, doubled quotes, line breaks inside quotes); rows end with LF or CR LF.
func parseCSV(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var inQuotes = false
    var characters = text.makeIterator()
    var pending = characters.next()
    while let character = pending {
        pending = characters.next()
        if inQuotes {
            if character == "\"" {
                if pending == "\"" {
                    field.append("\"")
                    pending = characters.next()
                } else {
                    inQuotes = false
                }
            } else {
                field.append(character)
            }
            continue
        }
        switch character {
        case "\"": inQuotes = true
        case ",":
            row.append(field)
            field = ""
        case "\n", "\r\n":
            row.append(field)
            rows.append(row)
            row = []
            field = ""
        default: field.append(character)
        }
    }
    if !field.isEmpty || !row.isEmpty {
        row.append(field)
        rows.append(row)
    }
    return rows
}

/// An element as the XML parser reported it.
final class ParsedElement {
    let name: String
    let attributes: [String: String]
    var text = ""
    var children: [ParsedElement] = []

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    func child(_ name: String) -> ParsedElement? {
        children.first { $0.name == name }
    }
}

struct XMLFailure: Error {
    let underlying: Error?
}

/// Builds the element tree from the parser's events; text is accumulated because the parser delivers it in pieces
/// (around each entity, for one).
private final class TreeBuilder: NSObject, XMLParserDelegate {
    var stack: [ParsedElement] = []
    var root: ParsedElement?

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        let element = ParsedElement(name: elementName, attributes: attributes)
        stack.last?.children.append(element)
        stack.append(element)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        let element = stack.removeLast()
        if stack.isEmpty { root = element }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        stack.last?.text += string
    }
}

/// Parses a whole document with Foundation's `XMLParser` (libxml2 on Linux), throwing unless it is well-formed.
func parseXML(_ text: String) throws -> ParsedElement {
    let parser = XMLParser(data: Data(text.utf8))
    let builder = TreeBuilder()
    parser.delegate = builder
    let succeeded = withExtendedLifetime(builder) { parser.parse() }
    guard succeeded, let root = builder.root else { throw XMLFailure(underlying: parser.parserError) }
    return root
}
