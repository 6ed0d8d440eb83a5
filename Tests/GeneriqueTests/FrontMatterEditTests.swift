import GeneriqueContent
import Testing

/// `FrontMatterEdit` changes only the lines of the fields it sets, byte for byte.
@Suite struct FrontMatterEditTests {
    private func edit(_ text: String, _ fields: [(key: String, value: String?)]) -> Result<String, FrontMatterEditFailure> {
        FrontMatterEdit.apply(fields, to: Array(text.utf8)).map { String(decoding: $0, as: UTF8.self) }
    }

    private func failure(_ text: String, _ fields: [(key: String, value: String?)]) -> String? {
        guard case .failure(let failure) = edit(text, fields) else { return nil }
        return failure.message
    }

    static let cases: [(name: String, before: String, fields: [(key: String, value: String?)], after: String)] = [
        (
            "a present date, other quoting and comments kept",
            "---\n# Fiche\nname: 'Élodie Bérard'\nrole: \"Productrice\"\nverified: 2026-01-05\nadded: 2025-12-01 # à la main\n---\nBio, verified: 2020-01-01.\n",
            [("verified", "2026-12-03")],
            "---\n# Fiche\nname: 'Élodie Bérard'\nrole: \"Productrice\"\nverified: 2026-12-03\nadded: 2025-12-01 # à la main\n---\nBio, verified: 2020-01-01.\n"
        ),
        (
            "a trailing comment on the edited line",
            "---\nname: A\nverified: \"2026-01-05\"   # vérifié à la main\n---\n",
            [("verified", "2026-12-03")],
            "---\nname: A\nverified: 2026-12-03   # vérifié à la main\n---\n"
        ),
        (
            "absent keys added before the closing line, in the order given",
            "---\nname: A\n---\nBio.\n",
            [("verified", "2026-12-03"), ("confirmed", "[mastodon, bluesky]")],
            "---\nname: A\nverified: 2026-12-03\nconfirmed: [mastodon, bluesky]\n---\nBio.\n"
        ),
        (
            "CRLF reused for added lines, a BOM kept",
            "\u{FEFF}---\r\nname: A\r\nadded: 2026-01-01\r\n---\r\nBio.\r\n",
            [("added", "2026-02-02"), ("verified", "2026-12-03")],
            "\u{FEFF}---\r\nname: A\r\nadded: 2026-02-02\r\nverified: 2026-12-03\r\n---\r\nBio.\r\n"
        ),
        (
            "CR line endings",
            "---\rname: A\rverified: 2026-01-05\r---\rBio.\r",
            [("verified", "2026-12-03"), ("confirmed", "[x]")],
            "---\rname: A\rverified: 2026-12-03\rconfirmed: [x]\r---\rBio.\r"
        ),
        (
            "a block list replaced, its comment on the key line kept",
            "---\nname: A\nconfirmed: # par verify\n  - mastodon # oui\n  - bluesky\n# fin\nadded: 2026-01-01\n---\n",
            [("confirmed", "[mastodon]")],
            "---\nname: A\nconfirmed: [mastodon] # par verify\n# fin\nadded: 2026-01-01\n---\n"
        ),
        (
            "an indentless block list at the end",
            "---\nname: A\nconfirmed:\n- mastodon\n---\n",
            [("confirmed", "[bluesky, mastodon]")],
            "---\nname: A\nconfirmed: [bluesky, mastodon]\n---\n"
        ),
        (
            "a flow list replaced",
            "---\nconfirmed: [mastodon]\nname: A\n---\n",
            [("confirmed", "[mastodon, bluesky]")],
            "---\nconfirmed: [mastodon, bluesky]\nname: A\n---\n"
        ),
        (
            "a nested key of the same name is not the field",
            "---\nname: A\nnotes:\n  verified: 2020-01-01\n---\n",
            [("verified", "2026-12-03")],
            "---\nname: A\nnotes:\n  verified: 2020-01-01\nverified: 2026-12-03\n---\n"
        ),
        (
            "an empty value filled, its comment kept",
            "---\nname: A\nverified: # pas encore\nadded: 2026-01-01\n---\n",
            [("verified", "2026-12-03")],
            "---\nname: A\nverified: 2026-12-03 # pas encore\nadded: 2026-01-01\n---\n"
        ),
        (
            "removals: a scalar, a block list, an absent key",
            "---\nname: A\nconfirmed:\n  - mastodon\n  - bluesky\nverified: 2026-01-05 # ancien\nrole: R\n---\n",
            [("confirmed", nil), ("verified", nil), ("website", nil)],
            "---\nname: A\nrole: R\n---\n"
        ),
        (
            "a multi-line flow list replaced, an indented mapping",
            "---\n  name: A\n  confirmed: [mastodon,\n    bluesky]  # deux\n...\n",
            [("confirmed", "[x]"), ("verified", "2026-12-03")],
            "---\n  name: A\n  confirmed: [x]  # deux\n  verified: 2026-12-03\n...\n"
        ),
        (
            "a value on the lines below its key, a block scalar ending the front matter",
            "---\nname:\n  Élodie\nrole: R\nbio: |\n  deux\n  lignes\n---\n",
            [("name", "Anne"), ("verified", "2026-12-03")],
            "---\nname: Anne\nrole: R\nbio: |\n  deux\n  lignes\nverified: 2026-12-03\n---\n"
        ),
        (
            "an empty front matter",
            "---\n---\nBio.\n",
            [("verified", "2026-12-03")],
            "---\nverified: 2026-12-03\n---\nBio.\n"
        ),
        (
            "nothing to do leaves the bytes",
            "---\r\nname: A # x\r\n---\r\n",
            [("verified", nil)],
            "---\r\nname: A # x\r\n---\r\n"
        ),
    ]

    @Test(arguments: cases.indices)
    func editsOnlyTheFieldsLines(index: Int) {
        let example = Self.cases[index]
        let result = edit(example.before, example.fields)
        #expect(result == .success(example.after), "\(example.name)")
    }

    @Test func refusesWhatItCannotEditSafely() {
        let date = [(key: "verified", value: Optional("2026-12-03"))]
        #expect(failure("name: A\n", date) == "missing front matter")
        #expect(failure("---\nname: A\n", date) == "front matter is not closed")
        let unclosed = failure("---\nname: [A\n---\n", date)
        #expect(unclosed?.contains("YAML syntax error") == true, "\(unclosed ?? "")")
        #expect(failure("---\nname: A\nname: B\n---\n", date) == "line 3, column 1: field 'name' appears more than once")
        #expect(failure("---\n{name: A}\n---\n", date) == "the front matter is not written as 'key: value' lines")
        #expect(failure("---\nverified:\n  day: 3\n---\n", date) == "'verified' is a map: only a text or a list can be set")
        #expect(failure("---\nname: A\n---\n", [("verified", "{a: b}")]) == "'{a: b}' is not a YAML text or list for 'verified'")
        #expect(failure("---\nname: A\n---\n", [("verified", "[a")]) == "'[a' is not a YAML text or list for 'verified'")
        #expect(failure("---\nname: A\n---\n", [("verified", "a\nb: c")]) == "the value of 'verified' must be one line")
        #expect(failure("---\nname: A\n---\n", [("verified", "")]) == "'' is not a YAML text or list for 'verified'")
        #expect(failure("---\nname: A\n---\n", [("a b", "x")]) == "'a b' is not a field name")
        #expect(failure("---\nname: A\n---\n", [("role", "x"), ("role", "y")]) == "the field 'role' is given twice")
        #expect(failure("---\nname: \u{7}\n---\n", date) != nil)
        #expect(FrontMatterEdit.apply(date, to: [0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0x0A, 0x2D, 0x2D, 0x2D, 0x0A])
            == .failure(FrontMatterEditFailure(message: "the file is not valid UTF-8")))
    }
}
