import GeneriqueCore
import Testing

@testable import GeneriqueCLI

@Suite struct TerminalStyleTests {
    private let diagnostic = Diagnostic.error(
        at: SourceLocation(path: "content/profils/a.md", line: 3, column: 15), "unknown métier 'prodution'",
        code: "unknown-profession", hint: "did you mean 'production'?")

    @Test func plainOutputIsTheCompilerFormat() async {
        #expect(TerminalStyle(usesColor: false).format(diagnostic) == """
            content/profils/a.md:3:15: error: unknown métier 'prodution' [unknown-profession]
              hint: did you mean 'production'?
            """)
    }

    @Test func colouredOutputKeepsTheSameText() async {
        let coloured = TerminalStyle(usesColor: true).format(diagnostic)
        #expect(coloured.contains("\u{1B}["))
        let stripped = coloured.replacing(/\u{1B}\[[0-9;]*m/, with: "")
        #expect(stripped == TerminalStyle(usesColor: false).format(diagnostic))
    }

    @Test func colourOnlyOnATerminalWithoutNoColor() async {
        #expect(TerminalStyle.choose(isTerminal: true, environment: [:]).usesColor)
        #expect(!TerminalStyle.choose(isTerminal: false, environment: [:]).usesColor)
        #expect(!TerminalStyle.choose(isTerminal: true, environment: ["NO_COLOR": "1"]).usesColor)
        #expect(TerminalStyle.choose(isTerminal: true, environment: ["NO_COLOR": ""]).usesColor)
    }
}
