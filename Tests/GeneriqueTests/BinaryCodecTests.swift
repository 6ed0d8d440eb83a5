import GeneriqueCore
import Testing

/// The binary codec of the parse cache, and its hashes.
@Suite struct BinaryCodecTests {
    /// Vectors from the reference implementation (libxxhash 0.8.1, XXH64 with seed 0).
    @Test(arguments: [
        ("", 0xEF46_DB37_51D8_E999 as UInt64), ("a", 0xD24E_C4F1_A98C_6E5B), ("abc", 0x44BC_2CF5_AD77_0999),
        ("Hello, world", 0x303A_3D77_7420_B4D7),
        ("Le cinéma, c'est l'écriture moderne dont l'encre est la lumière.", 0x32EA_73BA_37EF_98A0),
    ])
    func xxHash64MatchesTheReference(text: String, expected: UInt64) {
        #expect(XXHash64.of(Array(text.utf8)) == expected)
    }

    @Test func xxHash64OfAHundredBytesMatchesTheReference() {
        #expect(XXHash64.of((0..<100).map { UInt8($0) }) == 0x6AC1_E580_3216_6597)
    }

    @Test func digestsOfListsDoNotRunTogether() {
        #expect(ContentDigest(of: ["ab", "c"]) != ContentDigest(of: ["a", "bc"]))
        #expect(ContentDigest(of: ["a"]) == ContentDigest(of: ["a"]))
    }

    @Test func valuesComeBackAsWritten() throws {
        let numbers = [0, 1, -1, 63, -64, 64, 1 << 40, Int.max, Int.min]
        let strings = ["", "é", "chemin/vers/un/fichier.md", String(repeating: "long ", count: 40), "é", ""]
        let optionals: [String?] = [nil, "x", nil]
        var writer = BinaryWriter()
        writer.write(numbers)
        writer.write(strings)
        writer.write(strings)
        writer.write(optionals)
        writer.write([UInt64.max, 0])
        writer.write([true, false])
        var reader = BinaryReader(writer.bytes)
        #expect(try reader.read([Int].self) == numbers)
        #expect(try reader.read([String].self) == strings)
        #expect(try reader.read([String].self) == strings, "short strings written before come back by number")
        #expect(try reader.read([String?].self) == optionals)
        #expect(try reader.read([UInt64].self) == [UInt64.max, 0])
        #expect(try reader.read([Bool].self) == [true, false])
        #expect(reader.isAtEnd)
    }

    @Test func repeatedShortStringsAreWrittenOnce() {
        var once = BinaryWriter()
        once.write("content/profils/marc-missonnier.md")
        var twice = once
        twice.write("content/profils/marc-missonnier.md")
        #expect(twice.bytes.count == once.bytes.count + 1)
    }

    /// Strings are shared by their bytes: a name written composed and then decomposed comes back in each form,
    /// though Swift calls the two equal.
    @Test func canonicallyEquivalentStringsComeBackByteForByte() throws {
        var writer = BinaryWriter()
        writer.write("Zoé")
        writer.write("Zoe\u{301}")
        var reader = BinaryReader(writer.bytes)
        #expect(Array(try reader.read(String.self).utf8) == Array("Zoé".utf8))
        #expect(Array(try reader.read(String.self).utf8) == Array("Zoe\u{301}".utf8))
    }

    @Test func impossibleInputThrows() {
        let cases: [[UInt8]] = [
            [],  // nothing to read
            [0x80],  // a varint that never ends
            [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F],  // more than 64 bits
            [0x03],  // a string by number before any was written
            [0x0A, 0x61],  // a string of 5 bytes with 1 present
            [0x7F, 0x00],  // an array longer than what is left
        ]
        for bytes in cases {
            var reader = BinaryReader(bytes)
            #expect(throws: BinaryFormatError.self, "\(bytes)") {
                if bytes.first == 0x7F { _ = try reader.read([Bool].self) } else { _ = try reader.read(String.self) }
            }
        }
        var reader = BinaryReader([2])
        #expect(throws: BinaryFormatError.self) { _ = try reader.read(Bool.self) }
    }
}
