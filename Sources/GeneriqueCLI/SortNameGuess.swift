/// The `sort_name` that `new profil` proposes, following French usage: the family name first; the particle
/// `de`/`d’` after the given names ("Gaulle, Charles de", "Alembert, Ève d’"); articles and contracted
/// particles kept with the family name, which sorts on them ("La Fontaine, Jean de", "du Bellay, Joachim").
/// Only a guess — compound family names cannot be told from middle names — which the file marks for checking.
enum SortNameGuess {
    /// Words that start a family name and stay in front of it.
    static let keptParticles: Set<String> = ["du", "des", "Du", "Des", "De", "La", "Le", "Les"]

    /// "Last, First" for a name of two words or more; nil for a single word.
    static func guess(for name: String) -> String? {
        let words = name.split(whereSeparator: \.isWhitespace).map(String.init)
        guard words.count > 1 else { return nil }
        for index in 1..<words.count {
            let word = words[index]
            let given = words[..<index].joined(separator: " ")
            let rest = words[(index + 1)...]
            if word == "de", !rest.isEmpty {
                return "\(rest.joined(separator: " ")), \(given) de"
            }
            if let apostrophe = elidedParticle(word, "d") {
                let family = ([String(word.dropFirst(2))].filter { !$0.isEmpty } + rest).joined(separator: " ")
                if !family.isEmpty { return "\(family), \(given) d\(apostrophe)" }
            }
            if (keptParticles.contains(word) && !rest.isEmpty) || (elidedParticle(word, "L") != nil && word.count > 2) {
                return "\(words[index...].joined(separator: " ")), \(given)"
            }
        }
        return "\(words.last!), \(words.dropLast().joined(separator: " "))"
    }

    /// The apostrophe as typed (' or ’) when `word` starts with `letter` and one: `d’Alembert`, `L'Herbier`.
    private static func elidedParticle(_ word: String, _ letter: Character) -> Character? {
        guard word.count >= 2, word.first == letter else { return nil }
        let second = word[word.index(after: word.startIndex)]
        return second == "'" || second == "’" ? second : nil
    }
}
