import Foundation
import Testing

/// `generique import wikidata --apply` against a fake www.wikidata.org on loopback: additions and
/// replacements written into the files, every other byte kept, conflicts left, each file's diff shown, and
/// nothing written at all while an item is missing.
@Suite struct WikidataApplyTests {
    private static let a =
        "---\n# Fiche à compléter\nname: 'A'\nprofessions: [production]\nwikidata: Q10\naccounts:\n"
        + "  instagram: \"gone_insta\" # ancien\n  x: mine_x\nadded: 2026-01-01\n---\nBio, website: rien.\n"
    private static let b = "---\r\nname: B\r\nprofessions: [production]\r\nwikidata: Q11 # vu\r\n---\r\nBio.\r\n"

    private func site(_ profiles: [String: String]) throws -> URL {
        var files = ["metiers/production.md": "---\ntitle: Productrices et producteurs\nlabel: Production\norder: 1\n---\n"]
        for (name, text) in profiles { files["profils/\(name).md"] = text }
        return try FakeWikidata.site(files)
    }

    /// Q10: an ended Instagram account and its successor, a Bluesky handle, a website, a feed, an X handle
    /// other than the entry's. Q11: a Mastodon handle, an X handle YAML would read as a number. Q3 is missing.
    private static func answer(_ request: FakeNetwork.Request) -> FakeNetwork.Response {
        let entities = FakeWikidata.ids(request).map { id in
            switch id {
            case "Q10":
                #""Q10":{"id":"Q10","labels":{"fr":{"language":"fr","value":"A"}},"claims":{"#
                    + #""P2003":[\#(FakeWikidata.statement("gone_insta", end: "+2023-05-01T00:00:00Z")),\#(FakeWikidata.statement("new_insta"))],"#
                    + #""P12361":[\#(FakeWikidata.statement("a.bsky.social"))],"P2002":[\#(FakeWikidata.statement("theirs_x"))],"#
                    + #""P856":[\#(FakeWikidata.statement("https://a.example.org/"))],"P1019":[\#(FakeWikidata.statement("https://a.example.org/feed.xml"))]}}"#
            case "Q11":
                #""Q11":{"id":"Q11","labels":{"fr":{"language":"fr","value":"B"}},"claims":{"#
                    + #""P4033":[\#(FakeWikidata.statement("b@Piaille.fr"))],"P2002":[\#(FakeWikidata.statement("123456"))]}}"#
            default: #""\#(id)":{"id":"\#(id)","missing":""}"#
            }
        }
        return FakeWikidata.answer(entities)
    }

    private func apply(_ root: URL, _ network: FakeNetwork, _ extra: [String] = []) async throws -> ExecutableRun {
        let binary = CrashConsistencyTests.binary.path
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build the executable first")
        let resolve = network.resolve(["www.wikidata.org"]).flatMap { ["--resolve", $0] }
        return try await ExecutableRun.onThread(
            ["import", "wikidata", "--apply", "--root", root.path, "--timeout", "3s"] + resolve + extra)
    }

    private func text(_ root: URL, _ name: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent("content/profils/\(name).md"), encoding: .utf8)
    }

    @Test func additionsAndReplacementsAreWrittenAndEveryOtherByteKept() async throws {
        let network = try FakeNetwork(["www.wikidata.org": Self.answer])
        defer { network.stop() }
        let root = try site(["a": Self.a, "b": Self.b])
        defer { try? FileManager.default.removeItem(at: root) }

        let run = try await apply(root, network)
        #expect(run.status == 1, "the X handle of a is in conflict: \(run.errors)")
        #expect(
            try text(root, "a")
                == "---\n# Fiche à compléter\nname: 'A'\nprofessions: [production]\nwikidata: Q10\naccounts:\n"
                + "  instagram: new_insta # ancien\n  x: mine_x\n  bluesky: a.bsky.social\nadded: 2026-01-01\n"
                + "website: \"https://a.example.org/\"\nfeed: \"https://a.example.org/feed.xml\"\n---\nBio, website: rien.\n")
        #expect(
            try text(root, "b")
                == "---\r\nname: B\r\nprofessions: [production]\r\nwikidata: Q11 # vu\r\naccounts:\r\n"
                + "  mastodon: b@piaille.fr\r\n  x: \"123456\"\r\n---\r\nBio.\r\n")
        let diff = run.output.split(separator: "\n").map(String.init).drop { $0 != "content/profils/a.md:" }
        #expect(
            Array(diff) == [
                "content/profils/a.md:",
                "  - 7:   instagram: \"gone_insta\" # ancien",
                "  + 7:   instagram: new_insta # ancien",
                "  + 9:   bluesky: a.bsky.social",
                "  + 11: website: \"https://a.example.org/\"",
                "  + 12: feed: \"https://a.example.org/feed.xml\"",
                "content/profils/b.md:",
                "  + 5: accounts:",
                "  + 6:   mastodon: b@piaille.fr",
                "  + 7:   x: \"123456\"",
            ], "\(run.output)")
        #expect(run.errors.contains("--apply: 6 changes written in 2 files."), "\(run.errors)")

        let again = try await apply(root, network)
        #expect(again.status == 1, "the conflict stays for the editor")
        #expect(again.output.contains("conflict accounts.x: the entry has mine_x, Wikidata theirs_x"), "\(again.output)")
        #expect(!again.output.contains("add ") && !again.output.contains("replace "), "\(again.output)")
        #expect(again.errors.contains("--apply: 0 changes written in 0 files."), "\(again.errors)")
    }

    @Test func nothingIsWrittenWhileAnItemIsMissing() async throws {
        let network = try FakeNetwork(["www.wikidata.org": Self.answer])
        defer { network.stop() }
        let root = try site(["a": Self.a, "c": "---\nname: C\nprofessions: [production]\nwikidata: Q3\n---\nBio.\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let before = FolderSnapshot.read(root)

        let run = try await apply(root, network)
        #expect(run.status == 1)
        #expect(run.errors.contains("--apply: nothing was written: 1 item is missing"), "\(run.errors)")
        #expect(run.errors.contains("fix the wikidata field of content/profils/c.md"), "\(run.errors)")
        #expect(FolderSnapshot.read(root).filter { $0.key != ".generique-wikidata-cache" } == before)
    }

    @Test func nothingIsWrittenWhenWikidataIsOutOfReach() async throws {
        let busy = LoopbackHTTPServer.Response.text("busy", status: 503, headers: ["Retry-After": "0"])
        let network = try FakeNetwork(["www.wikidata.org": { _ in busy }])
        defer { network.stop() }
        let root = try site(["a": Self.a])
        defer { try? FileManager.default.removeItem(at: root) }
        let before = FolderSnapshot.read(root)
        let run = try await apply(root, network)
        #expect(run.status == 1 && run.errors.contains("Wikidata could not be reached"), "\(run.errors)")
        #expect(FolderSnapshot.read(root) == before)
    }
}
