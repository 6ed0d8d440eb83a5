import GeneriqueContent
import GeneriqueCore
import Testing

@testable import GeneriqueCLI
@testable import GeneriqueServe

/// Control characters from content (a file name, a quoted value) never reach the terminal or the `serve`
/// error page raw: every diagnostic shows them as visible escapes, and keeps the line breaks of its hint.
@Suite struct DiagnosticEscapingTests {
    private let hostile = Diagnostic.error(
        at: SourceLocation(path: "content/profils/a\u{1B}]0;pwned\u{7}.md", line: 3, column: 15),
        "unknown métier '\u{1B}[2Jprod\u{0}\u{7F}\u{9B}31m'", code: "unknown-profession",
        hint: "for example:\n    professions: [\u{1B}[31mproduction]")

    @Test func theCompilerFormatShowsControlCharactersAsEscapes() {
        #expect(hostile.formatted == """
            content/profils/a\\u{1B}]0;pwned\\u{7}.md:3:15: error: unknown métier '\\u{1B}[2Jprod\\u{0}\\u{7F}\\u{9B}31m' [unknown-profession]
              hint: for example:
                professions: [\\u{1B}[31mproduction]
            """)
    }

    @Test func theColouredFormatHasNoControlCharacterButItsOwnColours() {
        let coloured = TerminalStyle(usesColor: true).format(hostile)
        let stripped = coloured.replacing(/\u{1B}\[[0-9;]*m/, with: "")
        #expect(stripped == hostile.formatted)
        #expect(!stripped.unicodeScalars.contains { $0.properties.generalCategory == .control && $0 != "\n" })
    }

    @Test func failuresAreEscapedToo() {
        let text = TerminalStyle(usesColor: false).format(failure: "cannot write out\u{1B}[2J", hint: "a\nb\u{7}")
        #expect(text == "error: cannot write out\\u{1B}[2J\n  hint: a\nb\\u{7}")
    }

    @Test func serveErrorPageShowsTheSameEscapedText() {
        let page = String(decoding: ReloadPage.overlay([hostile]), as: UTF8.self)
        #expect(page.contains("content/profils/a\\u{1B}]0;pwned\\u{7}.md:3:15"))
        #expect(page.contains("unknown métier &#39;\\u{1B}[2Jprod\\u{0}\\u{7F}\\u{9B}31m&#39;"))
        #expect(!page.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) })
    }

    @Test func onlyTheHintsLineBreaksAreKept() {
        let diagnostic = Diagnostic.warning(
            at: SourceLocation(path: "content/pages/é.md"), "Élodie\tn’a « rien »\nà cacher", code: "x",
            hint: "ligne\nsuivante\t!")
        #expect(diagnostic.formatted == """
            content/pages/é.md:1:1: warning: Élodie\\u{9}n’a « rien »\\u{A}à cacher [x]
              hint: ligne
            suivante\\u{9}!
            """)
    }

    /// A real build: a value with an escape sequence, quoted by its diagnostic.
    @Test func contentValuesAreEscapedInTheirDiagnostics() async throws {
        let result = await ContentLoader.load(
            TestSite.tree(["profils/a.md": "---\nname: A\nprofessions: [\"\\e[31mrouge\"]\n---\n"]))
        let diagnostic = try #require(result.diagnostics.first { $0.code == "unknown-profession" })
        #expect(diagnostic.formatted.contains("unknown métier '\\u{1B}[31mrouge'"))
        #expect(!diagnostic.formatted.contains("\u{1B}"))
    }
}
