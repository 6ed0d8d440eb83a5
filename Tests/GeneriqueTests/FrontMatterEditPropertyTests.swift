import GeneriqueCore
import Testing

@testable import GeneriqueContent

/// On generated front matter (every quoting style, comments, block and flow lists, nested maps, CRLF, a BOM),
/// reading the edited file gives the new values, and every other field, comment and the body as they were.
@Suite struct FrontMatterEditPropertyTests {
    /// Ways to write a field, for a key: each is one or more lines.
    private static let writings: [@Sendable (String) -> String] = [
        { "\($0): plain text" },
        { "\($0): 'single quoted: yes'" },
        { "\($0): \"double \\\"quoted\\\"\"" },
        { "\($0): 2026-01-05 # with a comment" },
        { "\($0): [mastodon, bluesky]" },
        { "\($0):\n  - mastodon\n  - bluesky # item" },
        { "\($0):\n- indentless" },
        { "\($0):\n  verified: nested\n  confirmed: [x]" },
        { "\($0):" },
        { "\($0): |\n  a block\n  scalar\n" },
        { "\($0): >-\n  folded\n" },
        { "\($0): [a,\n  b]" },
    ]
    private static let keys = ["name", "role", "verified", "confirmed", "added", "source", "notes"]
    private static let newValues: [String?] = [
        "2026-12-03", "[mastodon, bluesky]", "[]", "'quoted # not a comment'", "\"Élodie\"", "plain words", nil,
    ]

    @Test func readingTheEditedFileGivesTheNewValuesAndKeepsTheRest() throws {
        var random = SplitMix(seed: 15)
        for _ in 0..<400 {
            let (file, comments) = Self.file(&random)
            var edits: [(key: String, value: String?)] = []
            for key in (Self.keys + ["website", "feed"]).shuffled(using: &random).prefix(Int.random(in: 1...3, using: &random)) {
                edits.append((key, Self.newValues.randomElement(using: &random)!))
            }
            let result = FrontMatterEdit.apply(edits, to: file)
            let before = try FrontMatterEdit.readFields(file)
            if let map = before.first(where: { field in
                edits.contains { $0.key == field.key } && { if case .mapping = field.value { true } else { false } }()
            }) {
                #expect(result == .failure(FrontMatterEditFailure(message: "'\(map.key)' is a map: only a text or a list can be set")))
                continue
            }
            guard case .success(let edited) = result else {
                Issue.record("refused (\(result)): \(String(decoding: file, as: UTF8.self)) \(edits)")
                continue
            }
            let after = try FrontMatterEdit.readFields(edited)
            let text = String(decoding: edited, as: UTF8.self)
            for (key, value) in edits {
                let field = after.first { $0.key == key }
                guard let value else {
                    #expect(field == nil, "\(key) removed in \(text)")
                    continue
                }
                let alone = try #require(YAMLFields.parse("\(key): \(value)", path: "", firstLine: 1).fields?.fields.first)
                #expect(field?.value.hasSameValue(as: alone.value) == true, "\(key) in \(text)")
            }
            for field in before where !edits.contains(where: { $0.key == field.key }) {
                #expect(after.first { $0.key == field.key }?.value.hasSameValue(as: field.value) == true, "\(field.key) in \(text)")
            }
            #expect(after.map(\.key).filter { key in !edits.contains { $0.key == key } } == before.map(\.key).filter { key in !edits.contains { $0.key == key } })
            for comment in comments { #expect(text.contains(comment), "\(comment) kept in \(text)") }
            #expect(edited.starts(with: [0xEF, 0xBB, 0xBF]) == file.starts(with: [0xEF, 0xBB, 0xBF]))
            let body = Array("---\(file.contains(13) ? "\r\n" : "\n")Bio: verified: 2020-01-01.".utf8)
            #expect(edited.suffix(body.count) == body[...], "the body is kept")
        }
    }

    /// The last guard before an edit is returned: bytes that do not read back with exactly the fields asked
    /// for are refused, whatever produced them.
    @Test func anEditThatDoesNotReadBackAsAskedIsRefused() throws {
        let before = try FrontMatterEdit.readFields(Array("---\nname: A\nrole: R\n---\n".utf8))
        let values = try FrontMatterEdit.newValues([("verified", "2026-12-03")])
        let asked = Array("---\nname: A\nrole: R\nverified: 2026-12-03\n---\n".utf8)
        #expect(throws: Never.self) { try FrontMatterEdit.check(asked, before: before, values: values) }
        for wrong in [
            "---\nname: B\nrole: R\nverified: 2026-12-03\n---\n", "---\nname: A\nverified: 2026-12-03\n---\n",
            "---\nname: A\nrole: R\nverified: 2026-12-04\n---\n", "---\nname: A\nrole: R\nverified: 2026-12-03\nx: 1\n---\n",
            "---\nname: A\nrole: 'R'\nverified: 2026-12-03\n---\n", "---\nname: [A\n---\n",
        ] {
            #expect(throws: FrontMatterEditFailure.self, "\(wrong)") {
                try FrontMatterEdit.check(Array(wrong.utf8), before: before, values: values)
            }
        }
    }

    /// A random file, and the comment lines it holds.
    private static func file(_ random: inout SplitMix) -> ([UInt8], [String]) {
        var lines = ["---"]
        var comments: [String] = []
        for key in keys.shuffled(using: &random).prefix(Int.random(in: 0...keys.count, using: &random)) {
            if Bool.random(using: &random) {
                comments.append("# note \(comments.count) sur \(key)")
                lines.append(comments.last!)
            }
            lines.append(writings.randomElement(using: &random)!(key))
        }
        lines += ["---", "Bio: verified: 2020-01-01."]
        let lineBreak = Bool.random(using: &random) ? "\r\n" : "\n"
        let text = lines.joined(separator: "\n").replacingOccurrences(of: "\n\n", with: "\n")
            .replacingOccurrences(of: "\n", with: lineBreak)
        let bytes = Array(text.utf8)
        return (Bool.random(using: &random) ? [0xEF, 0xBB, 0xBF] + bytes : bytes, comments)
    }
}
