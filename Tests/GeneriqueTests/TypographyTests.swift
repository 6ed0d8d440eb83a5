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

    /// Straight quotes in a field and English quotes from smart punctuation become guillemets; a quotation
    /// inside guillemets keeps English quotes, as French typography nests them.
    @Test func quotationsBecomeGuillemets() async {
        #expect(FrenchTypography.apply(to: "Il dit \"anglais\" ici") == "Il dit «\(nbsp)anglais\(nbsp)» ici")
        #expect(FrenchTypography.apply(to: "\"Titane\"") == "«\(nbsp)Titane\(nbsp)»")
        #expect(FrenchTypography.apply(to: "Il dit “anglais”.") == "Il dit «\(nbsp)anglais\(nbsp)».")
        #expect(
            FrenchTypography.apply(to: "« Il a dit “oui” hier »") == "«\(nbsp)Il a dit “oui” hier\(nbsp)»")
        #expect(FrenchTypography.apply(to: "Sans fin\"") == "Sans fin\"", "a closing quote that opens nothing stays")
    }

    /// A quotation may span inline elements: its state goes from run to run within a paragraph.
    @Test func quotationsSpanRunsOfAParagraph() async {
        var quotes = FrenchTypography.Quotes()
        let opening = FrenchTypography.apply(to: "Le film “", continuesText: false, quotes: &quotes)
        let closing = FrenchTypography.apply(to: "” sort.", continuesText: true, quotes: &quotes)
        #expect(opening == "Le film «")
        #expect(closing == "\(nbsp)» sort.")
    }

    @Test func numbersGetNoBreakSpaces() async {
        #expect(FrenchTypography.apply(to: "10 000 €") == "10\(nnbsp)000\(nbsp)€")
        #expect(FrenchTypography.apply(to: "1 250 000 spectateurs") == "1\(nnbsp)250\(nnbsp)000 spectateurs")
        #expect(FrenchTypography.apply(to: "50 % des films") == "50\(nnbsp)% des films")
        #expect(FrenchTypography.apply(to: "50% et 12€") == "50\(nnbsp)% et 12\(nbsp)€")
    }

    @Test(arguments: ["en 2019 250 salles", "3,5 000", "01 23 45 67 89", "le 12 mai 2026", "A4 000"])
    func leavesNumbersThatAreNotGroupsAlone(text: String) async {
        #expect(FrenchTypography.apply(to: text) == text)
    }

    @Test func typographyIsIdempotentOnNumbersAndQuotes() async {
        let once = FrenchTypography.apply(to: "\"Titane\" : 10 000 € et 50 % ; “oui” !")
        #expect(FrenchTypography.apply(to: once) == once)
    }
}
