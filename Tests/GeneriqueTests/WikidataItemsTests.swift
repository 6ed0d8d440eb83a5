import Foundation
import Testing

/// `generique import wikidata` without `--search`, against a fake www.wikidata.org on loopback: every
/// entry's item asked in batches of 50, one request at a time, each reported at its `wikidata` line, and no
/// file changed.
@Suite struct WikidataItemsTests {
    /// 51 profiles naming Q1…Q51 and a société naming Gaumont's item: 52 ids, two requests.
    private func site() throws -> URL {
        let root = TestPaths.temporaryFolder()
        var files = [
            "site.yml": "title: Guide\ndescription: Le guide.\nbaseURL: https://guide.test/\n",
            "metiers/production.md": "---\ntitle: Productrices et producteurs\nlabel: Production\norder: 1\n---\n",
            "societes/gaumont.md": "---\nname: Gaumont\nkind: production\nwikidata: Q1489157\n---\nSociété.\n",
        ]
        for number in 1...51 {
            let companies = number == 1 ? "companies: [gaumont]\n" : ""
            files["profils/p\(number).md"] =
                "---\nname: P\(number)\nprofessions: [production]\nwikidata: Q\(number)\n\(companies)---\nBio.\n"
        }
        for (path, text) in files {
            let url = root.appendingPathComponent("content/\(path)")
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    /// Q2 was merged into Q200 (the answer names it under its new id), Q3 does not exist, the rest do.
    private static func answer(_ request: FakeNetwork.Request) -> FakeNetwork.Response {
        let ids = (request.query["ids"] ?? "").split(separator: "|").map(String.init)
        let entities = ids.map { id in
            switch id {
            case "Q2":
                #""Q200":{"id":"Q200","labels":{"fr":{"language":"fr","value":"Nom Q200"}},"#
                    + #""redirects":{"from":"Q2","to":"Q200"}}"#
            case "Q3": #""Q3":{"id":"Q3","missing":""}"#
            case "Q1489157": #""Q1489157":{"id":"Q1489157","labels":{"en":{"language":"en","value":"Gaumont"}}}"#
            default: #""\#(id)":{"id":"\#(id)","labels":{"fr":{"language":"fr","value":"Nom \#(id)"}}}"#
            }
        }
        return .json(#"{"entities":{"# + entities.joined(separator: ",") + #"},"success":1}"#)
    }

    private func check(_ root: URL, _ network: FakeNetwork) async throws -> ExecutableRun {
        let binary = CrashConsistencyTests.binary.path
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build the executable first")
        let resolve = network.resolve(["www.wikidata.org"]).flatMap { ["--resolve", $0] }
        return try await ExecutableRun.onThread(
            ["import", "wikidata", "--root", root.path, "--timeout", "3s"] + resolve)
    }

    @Test func everyItemIsAskedFiftyAtATimeAndReportedAtItsLine() async throws {
        let network = try FakeNetwork(["www.wikidata.org": Self.answer])
        defer { network.stop() }
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root) }
        let before = FolderSnapshot.read(root)

        let run = try await check(root, network)
        #expect(run.status == 1, "an outdated and a missing item: \(run.errors)")
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines.count == 52)
        #expect(lines.contains("content/profils/p1.md:4:11: ok: Q1 (Nom Q1)"))
        #expect(lines.contains(
            "content/profils/p2.md:4:11: outdated: Q2 was merged into Q200 (Nom Q200): write wikidata: Q200"))
        #expect(lines.contains(
            "content/profils/p3.md:4:11: missing: Q3 is no Wikidata item (deleted, or a mistyped id)"))
        #expect(lines.contains("content/societes/gaumont.md:4:11: ok: Q1489157 (Gaumont)"))
        #expect(run.errors.contains("52 items asked: 50 ok, 1 outdated, 1 missing."))

        let requests = network.requests(to: "www.wikidata.org")
        #expect(requests.map { $0.query["ids"]?.split(separator: "|").count ?? 0 } == [50, 2])
        #expect(requests.allSatisfy {
            $0.path == "/w/api.php" && $0.query["action"] == "wbgetentities" && $0.query["maxlag"] == "5"
                && $0.query["props"] == "labels" && $0.query["languages"] == "fr|en" && $0.query["format"] == "json"
        })
        #expect(network.mostAtOnce.perHost["www.wikidata.org"] == 1, "one request at a time")
        #expect(FolderSnapshot.read(root) == before, "no file changed")
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
