/// A small HTML tokenizer for tests: start tags with their attributes, as a browser would read them from
/// well-formed output. Enough to prove what the generated pages contain; not a general HTML parser.
struct HTMLTag: Equatable {
    let name: String
    let attributes: [(name: String, value: String)]

    static func == (lhs: HTMLTag, rhs: HTMLTag) -> Bool {
        lhs.name == rhs.name && lhs.attributes.map(\.name) == rhs.attributes.map(\.name)
            && lhs.attributes.map(\.value) == rhs.attributes.map(\.value)
    }
}

enum HTMLScanner {
    /// Start tags in document order. Comments, doctypes, end tags and text are skipped; the content of
    /// `<script>` and `<style>` elements is skipped as browsers do (raw text).
    static func startTags(in html: String) -> [HTMLTag] {
        let characters = Array(html)
        var tags: [HTMLTag] = []
        var index = 0
        while index < characters.count {
            guard characters[index] == "<" else {
                index += 1
                continue
            }
            if html.utf8.count > 0, matches(characters, at: index, "<!--") {
                index = find(characters, "-->", from: index + 4).map { $0 + 3 } ?? characters.count
                continue
            }
            index += 1
            guard index < characters.count, characters[index].isLetter else { continue }
            var name = ""
            while index < characters.count, !characters[index].isWhitespace, characters[index] != ">", characters[index] != "/" {
                name.append(characters[index])
                index += 1
            }
            var attributes: [(String, String)] = []
            while index < characters.count, characters[index] != ">" {
                if characters[index].isWhitespace || characters[index] == "/" {
                    index += 1
                    continue
                }
                var attribute = ""
                while index < characters.count, !characters[index].isWhitespace, !"=>/".contains(characters[index]) {
                    attribute.append(characters[index])
                    index += 1
                }
                var value = ""
                if index < characters.count, characters[index] == "=" {
                    index += 1
                    if index < characters.count, characters[index] == "\"" || characters[index] == "'" {
                        let quote = characters[index]
                        index += 1
                        while index < characters.count, characters[index] != quote {
                            value.append(characters[index])
                            index += 1
                        }
                        index += 1
                    } else {
                        while index < characters.count, !characters[index].isWhitespace, characters[index] != ">" {
                            value.append(characters[index])
                            index += 1
                        }
                    }
                }
                attributes.append((attribute.lowercased(), value))
            }
            index += 1
            let tag = HTMLTag(name: name.lowercased(), attributes: attributes)
            tags.append(tag)
            if tag.name == "script" || tag.name == "style" {
                index = find(characters, "</\(tag.name)", from: index) ?? characters.count
            }
        }
        return tags
    }

    private static func matches(_ characters: [Character], at index: Int, _ text: String) -> Bool {
        let pattern = Array(text)
        guard index + pattern.count <= characters.count else { return false }
        return Array(characters[index..<index + pattern.count]) == pattern
    }

    private static func find(_ characters: [Character], _ text: String, from start: Int) -> Int? {
        var index = start
        while index < characters.count {
            if matches(characters, at: index, text) { return index }
            index += 1
        }
        return nil
    }
}
