import Testing

@testable import GeneriqueRender

@Suite struct ExcerptTests {
    /// The ASCII shortcut must agree with the Unicode property it skips.
    @Test func asciiWhiteSpaceIsUnicodeWhiteSpace() {
        for value in UInt32(0)..<0x80 {
            let scalar = Unicode.Scalar(value)!
            #expect(ViewModelBuilder.isCollapsedSpace(scalar) == scalar.properties.isWhitespace, "U+\(value)")
        }
    }

    @Test func collapsesWhiteSpaceButKeepsNoBreakSpaces() {
        #expect(ViewModelBuilder.excerpt(" Un\t\tguide\n\r\u{2003}du cinéma\u{A0}: oui\u{202F}! ") == "Un guide du cinéma\u{A0}: oui\u{202F}!")
    }
}
