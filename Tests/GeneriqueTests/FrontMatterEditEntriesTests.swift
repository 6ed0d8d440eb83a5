import GeneriqueContent
import Testing

/// `FrontMatterEdit` sets pairs in a field's map (`accounts:`), byte for byte, as `import wikidata --apply` does.
@Suite struct FrontMatterEditEntriesTests {
    typealias Entry = FrontMatterEdit.Entry

    private func edit(_ text: String, _ fields: [(key: String, value: String?)] = [], _ entries: [Entry])
        -> Result<String, FrontMatterEditFailure>
    {
        FrontMatterEdit.apply(fields, entries: entries, to: Array(text.utf8)).map { String(decoding: $0, as: UTF8.self) }
    }

    private func failure(_ text: String, _ entries: [Entry]) -> String? {
        guard case .failure(let failure) = edit(text, [], entries) else { return nil }
        return failure.message
    }

    static func account(_ key: String, _ value: String) -> Entry {
        Entry(field: "accounts", key: key, value: value)
    }

    static let cases: [(name: String, before: String, fields: [(key: String, value: String?)], entries: [Entry], after: String)] = [
        (
            "a pair added after the last one, comments and quoting kept",
            "---\nname: A\naccounts: # vérifiés\n  x: 'nom_x' # ancien\n  instagram: nom # à voir\n# fin des comptes\nadded: 2026-01-01\n---\nBio.\n",
            [], [account("bluesky", "nom.bsky.social")],
            "---\nname: A\naccounts: # vérifiés\n  x: 'nom_x' # ancien\n  instagram: nom # à voir\n  bluesky: nom.bsky.social\n# fin des comptes\nadded: 2026-01-01\n---\nBio.\n"
        ),
        (
            "a value replaced in place, its comment kept, the map's own indentation",
            "---\naccounts:\n    x: ancien   # fermé ?\n    mastodon: a@b.example\n---\n",
            [], [account("x", "nouveau"), account("youtube", "\"@Chaine\"")],
            "---\naccounts:\n    x: nouveau   # fermé ?\n    mastodon: a@b.example\n    youtube: \"@Chaine\"\n---\n"
        ),
        (
            "a map that ends the front matter, with a top-level field added after it",
            "---\nname: A\naccounts:\n  x: nom\n---\n",
            [("website", "\"https://www.example.fr/\"")], [account("bluesky", "nom.bsky.social")],
            "---\nname: A\naccounts:\n  x: nom\n  bluesky: nom.bsky.social\nwebsite: \"https://www.example.fr/\"\n---\n"
        ),
        (
            "a field that is not there yet, CRLF and a BOM kept",
            "\u{FEFF}---\r\nname: A\r\nadded: 2026-01-01\r\n---\r\nBio.\r\n",
            [], [account("bluesky", "nom.bsky.social"), account("x", "nom")],
            "\u{FEFF}---\r\nname: A\r\nadded: 2026-01-01\r\naccounts:\r\n  bluesky: nom.bsky.social\r\n  x: nom\r\n---\r\nBio.\r\n"
        ),
        (
            "an empty field gets its first pairs below it",
            "---\nname: A\naccounts: # à remplir\nadded: 2026-01-01\n---\n",
            [], [account("x", "nom")],
            "---\nname: A\naccounts: # à remplir\n  x: nom\nadded: 2026-01-01\n---\n"
        ),
        (
            "a value on the line below its key",
            "---\naccounts:\n  x:\n    ancien\n  instagram: nom\n---\n",
            [], [account("x", "nouveau")],
            "---\naccounts:\n  x: nouveau\n  instagram: nom\n---\n"
        ),
        (
            "the same key elsewhere is not the pair, CR line endings",
            "---\rx: racine\raccounts:\r  instagram: nom\rnotes:\r  x: autre\r---\r",
            [], [account("x", "nom")],
            "---\rx: racine\raccounts:\r  instagram: nom\r  x: nom\rnotes:\r  x: autre\r---\r"
        ),
        (
            "a field removed just after the map",
            "---\naccounts:\n  x: nom\nverified: 2026-01-01\n---\n",
            [("verified", nil)], [account("bluesky", "b.bsky.social")],
            "---\naccounts:\n  x: nom\n  bluesky: b.bsky.social\n---\n"
        ),
    ]

    @Test(arguments: cases.indices)
    func editsOnlyThePairsLines(index: Int) {
        let example = Self.cases[index]
        let result = edit(example.before, example.fields, example.entries)
        #expect(result == .success(example.after), "\(example.name)")
    }

    @Test func refusesWhatItCannotEditSafely() {
        let x = [Self.account("x", "nom")]
        #expect(
            failure("---\naccounts: {x: a}\n---\n", x)
                == "'accounts' is written on one line ({…}): write one 'key: value' line each under it to have it edited")
        #expect(failure("---\naccounts: [x]\n---\n", x) == "'accounts' is not a map of 'key: value' lines")
        #expect(failure("---\naccounts: nom\n---\n", x) == "'accounts' is not a map of 'key: value' lines")
        #expect(failure("---\naccounts:\n  x: [a]\n---\n", x) == "'accounts.x' is not a text")
        #expect(failure("---\nname: A\n---\n", x + x) == "the field 'accounts.x' is given twice")
        #expect(failure("---\nname: A\n---\n", [Self.account("x", "[a")]) == "'[a' is not one line of YAML text for 'accounts.x'")
        #expect(failure("---\nname: A\n---\n", [Self.account("x", "[a]")]) == "'[a]' is not one line of YAML text for 'accounts.x'")
        #expect(failure("---\nname: A\n---\n", [Self.account("x y", "a")]) == "'accounts.x y' is not a field name")
        guard case .failure(let both) = edit("---\nname: A\n---\n", [("accounts", nil)], x) else {
            Issue.record("a field both set and given pairs was edited")
            return
        }
        #expect(both.message == "the field 'accounts.x' is given twice")
    }
}
