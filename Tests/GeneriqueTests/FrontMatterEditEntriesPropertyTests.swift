import GeneriqueCore
import Testing

@testable import GeneriqueContent

/// On generated front matter with an `accounts` map written in every block style (indentations, comments
/// between and after pairs, quoting, a value below its key, an empty field, no field), CRLF and a BOM:
/// reading the file after pairs are set gives the map with exactly those pairs set, in place or after the
/// others, and every other field, comment and the body as they were.
@Suite struct FrontMatterEditEntriesPropertyTests {
    private static let networks = ["bluesky", "mastodon", "x", "instagram", "youtube", "letterboxd"]
    private static let values = ["nom.bsky.social", "nom@piaille.fr", "nom_x", "\"@Chaine\"", "'nom.insta'", "\"123456\""]

    /// A random file, the comment lines it holds, and its accounts as written (nil: no `accounts` field).
    private static func file(_ random: inout SplitMix) -> (bytes: [UInt8], comments: [String]) {
        var lines = ["---", "name: 'A'", "role: R # rôle"]
        var comments = ["# rôle"]
        switch Int.random(in: 0...2, using: &random) {
        case 0: break
        case 1: lines.append("accounts: # à remplir")
        default:
            lines.append("accounts:" + (Bool.random(using: &random) ? " # comptes" : ""))
            let indentation = String(repeating: " ", count: [2, 4].randomElement(using: &random)!)
            for network in networks.shuffled(using: &random).prefix(Int.random(in: 1...4, using: &random)) {
                let value = values.randomElement(using: &random)!
                switch Int.random(in: 0...3, using: &random) {
                case 0: lines.append("\(indentation)\(network): \(value)")
                case 1:
                    comments.append("# sur \(network)")
                    lines.append("\(indentation)\(network): \(value) \(comments.last!)")
                case 2:
                    comments.append("# avant \(network)")
                    lines += ["\(indentation)\(comments.last!)", "\(indentation)\(network): \(value)"]
                default: lines += ["\(indentation)\(network):", "\(indentation)  \(value)"]
                }
            }
        }
        if Bool.random(using: &random) {
            comments.append("# fin")
            lines.append(comments.last!)
        }
        if Bool.random(using: &random) { lines.append("added: 2026-01-01") }
        lines += ["---", "Bio: accounts: x."]
        let lineBreak = Bool.random(using: &random) ? "\r\n" : "\n"
        let bytes = Array(lines.joined(separator: lineBreak).utf8) + Array(lineBreak.utf8)
        return (Bool.random(using: &random) ? [0xEF, 0xBB, 0xBF] + bytes : bytes, comments)
    }

    @Test func readingTheEditedFileGivesTheMapWithThePairsSet() throws {
        var random = SplitMix(seed: 16)
        for _ in 0..<400 {
            let (file, comments) = Self.file(&random)
            let entries = Self.networks.shuffled(using: &random).prefix(Int.random(in: 1...3, using: &random)).map {
                FrontMatterEdit.Entry(field: "accounts", key: $0, value: Self.values.randomElement(using: &random)!)
            }
            let result = FrontMatterEdit.apply([], entries: entries, to: file)
            let source = String(decoding: file, as: UTF8.self)
            guard case .success(let edited) = result else {
                Issue.record("refused (\(result)): \(source) \(entries)")
                continue
            }
            let text = String(decoding: edited, as: UTF8.self)
            let before = try FrontMatterEdit.readFields(file)
            let after = try FrontMatterEdit.readFields(edited)
            var expected: [(key: String, value: String)] = []
            if case .mapping(let pairs, _)? = before.first(where: { $0.key == "accounts" })?.value {
                expected = pairs.map { ($0.key.scalar!.string, $0.value.scalar!.string) }
            }
            for entry in entries {
                let value = try #require(YAMLFields.parse("v: \(entry.value)", path: "", firstLine: 1).fields?.fields.first)
                let string = value.value.scalar!.string
                if let index = expected.firstIndex(where: { $0.key == entry.key }) {
                    expected[index].value = string
                } else {
                    expected.append((entry.key, string))
                }
            }
            guard case .mapping(let pairs, _)? = after.first(where: { $0.key == "accounts" })?.value else {
                Issue.record("no accounts map in \(text)")
                continue
            }
            #expect(pairs.map { $0.key.scalar?.string ?? "" } == expected.map(\.key), "\(source)\n→\n\(text)")
            #expect(pairs.map { $0.value.scalar?.string ?? "" } == expected.map(\.value), "\(text)")
            for field in before where field.key != "accounts" {
                #expect(after.first { $0.key == field.key }?.value.hasSameValue(as: field.value) == true, "\(field.key) in \(text)")
            }
            for comment in comments { #expect(text.contains(comment), "\(comment) kept in \(text)") }
            #expect(edited.starts(with: [0xEF, 0xBB, 0xBF]) == file.starts(with: [0xEF, 0xBB, 0xBF]))
            let lineBreak = file.contains(13) ? "\r\n" : "\n"
            #expect(text.hasSuffix("---\(lineBreak)Bio: accounts: x.\(lineBreak)"), "the body is kept")
            let otherBreaks = lineBreak == "\n" ? text.contains("\r") : text.replacingOccurrences(of: "\r\n", with: "").contains("\n")
            #expect(!otherBreaks, "the file's own line breaks only: \(text)")
        }
    }
}
