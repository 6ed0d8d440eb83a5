/// Whether the text being walked is French: raw HTML may mark a passage with another `lang`
/// (`<span lang="en">`), and French typography must leave such passages as written.
struct TextLanguage {
    /// Open elements that carry a `lang` attribute, innermost last, with whether that language is French.
    private var open: [(element: String, isFrench: Bool)] = []

    /// Whether the innermost marked language is not French.
    var isForeign: Bool { open.last.map { !$0.isFrench } ?? false }

    /// Follows the tags of one raw HTML fragment: a non-void element with `lang` opens a passage, its closing
    /// tag ends it.
    mutating func update(with tags: [RawHTMLTag]) {
        for tag in tags {
            if tag.isClosing {
                if let index = open.lastIndex(where: { $0.element == tag.name }) { open.removeSubrange(index...) }
            } else if !tag.isVoid, let lang = tag.attributes.first(where: { $0.name == "lang" || $0.name == "xml:lang" })?.value {
                let primary = lang.split(separator: "-").first.map { $0.lowercased() } ?? ""
                open.append((tag.name, primary == "fr" || primary.isEmpty))
            }
        }
    }
}
