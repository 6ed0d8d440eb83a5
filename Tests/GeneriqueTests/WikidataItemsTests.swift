import Foundation
import Testing

/// `generique import wikidata` without `--search`, against a fake www.wikidata.org on loopback: every
/// entry's item asked in batches of 50, one request at a time, what it would change reported at each
/// field's line with the statement's rank and references, items cached, and no file changed.
@Suite struct WikidataItemsTests {
    /// 51 profiles naming Q1…Q51 and a société naming Gaumont's item: 52 ids, two requests.
    private func site() throws -> URL {
        var files = [
            "metiers/production.md": "---\ntitle: Productrices et producteurs\nlabel: Production\norder: 1\n---\n",
            "societes/gaumont.md": "---\nname: Gaumont\nkind: production\nwikidata: Q1489157\n---\nSociété.\n",
        ]
        for number in 1...51 {
            let extra = switch number {
            case 1: "companies: [gaumont]\naccounts:\n  instagram: gone_insta\n  x: new_x\n"
            case 4: "accounts:\n  x: mine_x\n"
            default: ""
            }
            files["profils/p\(number).md"] =
                "---\nname: P\(number)\nprofessions: [production]\nwikidata: Q\(number)\n\(extra)---\nBio.\n"
        }
        return try FakeWikidata.site(files)
    }

    /// Q1: X preferred over normal, a deprecated Bluesky handle, an Instagram account ended (end time) and
    /// a new one, a website with a reference, an invalid Mastodon handle. Q4: an X handle other than the
    /// entry's. Gaumont: LinkedIn company and member pages. Q2 was merged into Q200 (the answer names it under
    /// its new id), Q3 does not exist, the rest have no statements.
    private static func answer(_ request: FakeNetwork.Request) -> FakeNetwork.Response {
        let entities = FakeWikidata.ids(request).map { id in
            switch id {
            case "Q2":
                #""Q200":{"id":"Q200","labels":{"fr":{"language":"fr","value":"Nom Q200"}},"#
                    + #""redirects":{"from":"Q2","to":"Q200"}}"#
            case "Q3": #""Q3":{"id":"Q3","missing":""}"#
            case "Q1":
                #""Q1":{"id":"Q1","labels":{"fr":{"language":"fr","value":"Nom Q1"}},"claims":{"#
                    + #""P2002":[\#(FakeWikidata.statement("other_x")),\#(FakeWikidata.statement("new_x", rank: "preferred"))],"#
                    + #""P12361":[\#(FakeWikidata.statement("old.bsky.social", rank: "deprecated"))],"#
                    + #""P2003":[\#(FakeWikidata.statement("gone_insta", end: "+2023-05-01T00:00:00Z")),\#(FakeWikidata.statement("new_insta"))],"#
                    + #""P856":[\#(FakeWikidata.statement("https://p1.example.org/", reference: "https://p1.example.org/about"))],"#
                    + #""P4033":[\#(FakeWikidata.statement("bad handle"))]}}"#
            case "Q4": #""Q4":{"id":"Q4","labels":{"fr":{"language":"fr","value":"Nom Q4"}},"claims":{"P2002":[\#(FakeWikidata.statement("theirs_x"))]}}"#
            case "Q1489157":
                #""Q1489157":{"id":"Q1489157","labels":{"en":{"language":"en","value":"Gaumont"}},"claims":{"#
                    + #""P4264":[\#(FakeWikidata.statement("gaumont"))],"P6634":[\#(FakeWikidata.statement("someone"))]}}"#
            default: #""\#(id)":{"id":"\#(id)","labels":{"fr":{"language":"fr","value":"Nom \#(id)"}}}"#
            }
        }
        return FakeWikidata.answer(entities)
    }

    private func check(_ root: URL, _ network: FakeNetwork, _ extra: [String] = []) async throws -> ExecutableRun {
        let binary = CrashConsistencyTests.binary.path
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build the executable first")
        let resolve = network.resolve(["www.wikidata.org"]).flatMap { ["--resolve", $0] }
        return try await ExecutableRun.onThread(
            ["import", "wikidata", "--root", root.path, "--timeout", "3s"] + resolve + extra)
    }

    @Test func everyItemIsAskedFiftyAtATimeAndReportedAtItsLine() async throws {
        let network = try FakeNetwork(["www.wikidata.org": Self.answer])
        defer { network.stop() }
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root) }
        let before = FolderSnapshot.read(root)

        let run = try await check(root, network)
        #expect(run.status == 1, "an outdated and a missing item, a conflict: \(run.errors)")
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines == Self.expectedLines, "\(lines)")
        #expect(run.errors.contains(
            "52 entries asked (0 from the cache): 3 with changes, 1 outdated, 1 missing; 5 changes, 1 conflict."))

        let requests = network.requests(to: "www.wikidata.org")
        #expect(requests.map { $0.query["ids"]?.split(separator: "|").count ?? 0 } == [50, 2])
        #expect(requests.allSatisfy {
            $0.path == "/w/api.php" && $0.query["action"] == "wbgetentities" && $0.query["maxlag"] == "5"
                && $0.query["props"] == "labels|descriptions|claims" && $0.query["languages"] == "fr|en"
                && $0.query["format"] == "json" && $0.headers["user-agent"]?.contains("https://guide.test/") == true
        })
        #expect(network.mostAtOnce.perHost["www.wikidata.org"] == 1, "one request at a time")
        let cache = root.appendingPathComponent(".generique-wikidata-cache")
        #expect(FolderSnapshot.read(root).filter { $0.key != cache.lastPathComponent } == before, "no entry changed")

        let again = try await check(root, network)
        #expect(again.output == run.output)
        #expect(network.requests(to: "www.wikidata.org").count == 3, "only the missing item is asked again")
        #expect(again.errors.contains("52 entries asked (51 from the cache)"), "\(again.errors)")
    }

    private static let expectedLines = [
        "content/profils/p1.md:4:11: Q1 (Nom Q1)",
        "  content/profils/p1.md:7:3: invalid accounts.mastodon: Wikidata's 'bad handle' is refused (invalid Mastodon "
            + "handle 'bad handle': write it as user@instance, e.g. cinema@piaille.fr): never written — P4033, normal "
            + "rank, no reference",
        "  content/profils/p1.md:7:14: replace accounts.instagram: gone_insta → new_insta (Wikidata marks gone_insta as ended) — P2003, normal rank, no reference",
        "  content/profils/p1.md:4:11: add website: https://p1.example.org/ — P856, normal rank, reference: https://p1.example.org/about",
        "content/profils/p2.md:4:11: outdated: Q2 was merged into Q200 (Nom Q200): write wikidata: Q200",
        "content/profils/p3.md:4:11: missing: Q3 is no Wikidata item (deleted, or a mistyped id)",
        "content/profils/p4.md:4:11: Q4 (Nom Q4)",
        "  content/profils/p4.md:6:6: conflict accounts.x: the entry has mine_x, Wikidata theirs_x: left for you to decide — P2002, normal rank, no reference",
        "content/societes/gaumont.md:4:11: Q1489157 (Gaumont)",
        "  content/societes/gaumont.md:4:11: add accounts.linkedin: gaumont — P4264, normal rank, no reference",
    ]

    @Test func theJSONReportHoldsEachChangeWithItsEvidence() async throws {
        let network = try FakeNetwork(["www.wikidata.org": Self.answer])
        defer { network.stop() }
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try await check(root, network, ["--format", "json", "--only", "content/profils/p1.md", "content/profils/p2.md"])
        #expect(run.status == 1, "p2's item is outdated: \(run.errors)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(document["version"] as? Int == 1)
        let entries = try #require(document["entries"] as? [[String: Any]])
        #expect(entries.map { $0["path"] as? String } == ["content/profils/p1.md", "content/profils/p2.md"])
        #expect(entries[1]["item"] as? String == "outdated" && entries[1]["mergedInto"] as? String == "Q200")
        let changes = try #require(entries[0]["changes"] as? [[String: Any]])
        let replace = try #require(changes.first { $0["kind"] as? String == "replace" })
        #expect(replace["field"] as? String == "accounts.instagram" && replace["current"] as? String == "gone_insta")
        #expect(replace["wikidata"] as? String == "new_insta" && replace["rank"] as? String == "normal")
        #expect(replace["line"] as? Int == 7 && replace["column"] as? Int == 14 && replace["writable"] as? Bool == true)
        let website = try #require(changes.first { $0["field"] as? String == "website" })
        #expect(website["references"] as? [String] == ["https://p1.example.org/about"] && website["property"] as? String == "P856")
        let invalid = try #require(changes.first { $0["kind"] as? String == "invalid" })
        #expect((invalid["problem"] as? String)?.contains("invalid Mastodon handle") == true && invalid["writable"] as? Bool == false)
        #expect(network.requests(to: "www.wikidata.org").map { $0.query["ids"] } == ["Q1|Q2"], "--only asks only those")
    }

    @Test func wikidataOutOfReachIsAFailureAndNothingIsReported() async throws {
        let busy = LoopbackHTTPServer.Response.text("busy", status: 503, headers: ["Retry-After": "0"])
        let network = try FakeNetwork(["www.wikidata.org": { _ in busy }])
        defer { network.stop() }
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try await check(root, network)
        #expect(run.status == 1 && run.output.isEmpty)
        #expect(run.errors.contains("Wikidata could not be reached"), "\(run.errors)")
    }
}
