import GeneriqueCore
import Testing

@Suite struct TypographyTests {
    private let nnbsp = "\u{202F}"
    private let nbsp = "\u{A0}"

    @Test func spacesBeforeHighPunctuation() async {
        #expect(FrenchTypography.apply(to: "Qui suivre ?") == "Qui suivre\(nnbsp)?")
        #expect(FrenchTypography.apply(to: "Vraiment!") == "Vraiment\(nnbsp)!")
        #expect(FrenchTypography.apply(to: "un ; deux") == "un\(nnbsp); deux")
        #expect(FrenchTypography.apply(to: "Note : ceci") == "Note\(nbsp): ceci")
        #expect(FrenchTypography.apply(to: "Quoi ?!") == "Quoi\(nnbsp)?!")
    }

    @Test func guillemetsGetNoBreakSpaces() async {
        #expect(FrenchTypography.apply(to: "« Bonjour »") == "«\(nbsp)Bonjour\(nbsp)»")
        #expect(FrenchTypography.apply(to: "«Bonjour»") == "«\(nbsp)Bonjour\(nbsp)»")
    }

    @Test func apostropheBecomesTypographic() async {
        #expect(FrenchTypography.apply(to: "l'été") == "l’été")
    }

    @Test(arguments: [
        "Séance à 20:30 ce soir", "Format 2,39:1", "https://example.org/?q=1", "mailto:a@b.fr",
        "@cinema@piaille.fr", "déjà espacé\u{202F}!", "a:b",
    ])
    func leavesTimesRatiosURLsAndHandlesAlone(text: String) async {
        #expect(FrenchTypography.apply(to: text) == text)
    }

    @Test func isIdempotent() async {
        let once = FrenchTypography.apply(to: "« Qui ? » Réponse : oui ; non !")
        #expect(FrenchTypography.apply(to: once) == once)
    }
}
