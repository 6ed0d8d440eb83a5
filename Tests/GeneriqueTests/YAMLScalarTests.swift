import GeneriqueContent
import Testing

/// `YAMLScalar.plainOrQuoted`: plain only where YAML reads the text back unquoted as that very text.
@Suite struct YAMLScalarTests {
    @Test(arguments: ["nom.bsky.social", "nom@piaille.fr", "nom_x", "UClo03hULFynpoX3w1Jv7fhw", "a-b", "x1"])
    func handlesStayPlain(handle: String) {
        #expect(YAMLScalar.plainOrQuoted(handle) == handle)
    }

    @Test(arguments: [
        "@Chaine", "-nom", ".nom", "123456", "1e3", "0x1F", "true", "No", "null", "y", "nom x", "nom:x", "é", "",
    ])
    func whatYAMLWouldReadOtherwiseIsQuoted(text: String) throws {
        let written = YAMLScalar.plainOrQuoted(text)
        #expect(written == YAMLScalar.quoted(text), "\(text)")
    }
}
