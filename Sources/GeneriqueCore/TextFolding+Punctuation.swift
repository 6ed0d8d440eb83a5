extension TextFolding {
    /// Every character typed for an apostrophe: typewriter and typographic ones (phones type ’), the modifier
    /// letters ʼ and ʹ, the prime, the grave and acute accents, the fullwidth apostrophe.
    public static let apostrophes: [Unicode.Scalar] = [
        "\u{27}", "\u{2019}", "\u{2018}", "\u{2BC}", "\u{2B9}", "\u{2032}", "\u{60}", "\u{B4}", "\u{FF07}",
    ]

    /// Every hyphen and dash: hyphen-minus, hyphen, non-breaking hyphen, figure dash, en and em dashes,
    /// horizontal bar, minus sign.
    public static let dashes: [Unicode.Scalar] = [
        "\u{2D}", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}",
    ]

    private static let separators = Set(apostrophes + dashes)

    /// Whether the scalar is punctuation, which French collation ignores at the first level: Unicode's
    /// punctuation categories (quotes « » “ ”, periods, commas, brackets…) and every apostrophe and dash,
    /// including those Unicode files elsewhere (ʼ and ʹ are letters, ` and ´ symbols, − a math sign).
    public static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation:
            return true
        default:
            return separators.contains(scalar)
        }
    }

    /// `fold` after turning every apostrophe and dash into a space, so that words split there whichever was
    /// typed: "Festival d’Annecy" and "festival d'annecy" both give "festival d annecy". The search index's
    /// keys are made with it; the search page's script (`templates/assets/recherche.js`) folds queries the
    /// same way, with the same characters.
    public static func foldForSearch(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: separators.contains) else { return fold(text) }
        var spaced = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { spaced.append(separators.contains(scalar) ? " " : scalar) }
        return fold(String(spaced))
    }
}
