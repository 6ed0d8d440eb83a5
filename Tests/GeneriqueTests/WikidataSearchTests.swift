import Foundation
import Synchronization
import Testing

/// `generique import wikidata --search`, as a shell runs it, against a fake www.wikidata.org on loopback:
/// the candidates in the API's order, the request the Wikimedia policy asks for, the wait when the API lags,
/// and the honest failures.
@Suite struct WikidataSearchTests {
    static let sciamma = """
        {"searchinfo":{"search":"Céline Sciamma"},"search":[
          {"id":"Q274304","title":"Q274304","pageid":265436,"concepturi":"http://www.wikidata.org/entity/Q274304",
           "label":"Céline Sciamma","description":"réalisatrice et scénariste française",
           "match":{"type":"label","language":"fr","text":"Céline Sciamma"}},
          {"id":"Q120000001","concepturi":"http://www.wikidata.org/entity/Q120000001",
           "match":{"type":"alias","language":"en","text":"Celine Sciamma"}}
        ],"search-continue":2,"success":1}
        """

    private func site() throws -> URL {
        let root = TestPaths.temporaryFolder()
        for (path, text) in FakeSocialNetwork.content(port: 1) {
            let url = root.appendingPathComponent("content/\(path)")
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    private func search(_ name: String, _ network: FakeNetwork, root: URL) async throws -> ExecutableRun {
        let binary = CrashConsistencyTests.binary.path
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build the executable first")
        let resolve = network.resolve(["www.wikidata.org"]).flatMap { ["--resolve", $0] }
        return try await ExecutableRun.onThread(
            ["import", "wikidata", "--search", name, "--root", root.path, "--timeout", "3s"] + resolve)
    }

    @Test func candidatesComeInTheAPIsOrderWithTheRequestThePolicyAsksFor() async throws {
        let network = try FakeNetwork(["www.wikidata.org": { _ in .json(Self.sciamma) }])
        defer { network.stop() }
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root) }

        let run = try await search("Céline Sciamma", network, root: root)
        #expect(run.status == 0, "\(run.errors)")
        #expect(
            run.output == """
                Q274304  Céline Sciamma — réalisatrice et scénariste française
                    https://www.wikidata.org/wiki/Q274304
                Q120000001  Celine Sciamma
                    https://www.wikidata.org/wiki/Q120000001

                """)
        #expect(run.errors.contains("2 items for \"Céline Sciamma\""))
        let requests = network.requests(to: "www.wikidata.org")
        try #require(requests.count == 1)
        let request = requests[0]
        #expect(request.path == "/w/api.php")
        #expect(
            request.query == [
                "action": "wbsearchentities", "search": "Céline Sciamma", "language": "fr", "uselang": "fr",
                "type": "item", "limit": "10", "format": "json", "maxlag": "5",
            ])
        #expect(request.headers["accept-encoding"]?.contains("gzip") == true, "the policy asks for gzip")
        let agent = request.headers["user-agent"] ?? ""
        #expect(agent.hasPrefix("Generique/") && agent.contains("https://guide.test/"), "\(agent)")
    }

    /// The policy asks for gzip: an answer sent compressed is read as the JSON it holds.
    @Test func aCompressedAnswerIsRead() async throws {
        // `{"search":[{"id":"Q42369","label":"Festival de Cannes","description":"festival de cinéma français",…}]}`,
        // compressed by Python's gzip module.
        let compressed = [UInt8](
            Data(
                base64Encoded:
                    "H4sIAAAAAAACA03NTQrCMBCG4auUWZcGfxDMVnDvurgYk6kdrNOSTA1Seh7xHL2YEVy4/d4HvgkiYXAt2HoC9mDhtF1vdnsoocMLdXk4"
                    + "UlR+YFd4Kg4oQjFHT9EFHpR7yaT5I45led+xaALK8kL+ateLo0HHwBm3qoM1JqVUJb6xR8WqD1dDoqxP8/ufzyXE0TmKEexq/gBv5rQmqAAAAA==")!)
        let gzip = LoopbackHTTPServer.Response(
            status: 200, headers: [("Content-Type", "application/json"), ("Content-Encoding", "gzip")], body: .bytes(compressed))
        let network = try FakeNetwork(["www.wikidata.org": { _ in gzip }])
        defer { network.stop() }
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try await search("Festival de Cannes", network, root: root)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.hasPrefix("Q42369  Festival de Cannes — festival de cinéma français\n"), "\(run.output)")
    }

    @Test func aLaggingAPIIsAskedAgainAfterTheWaitItAsksFor() async throws {
        let answers = Mutex(0)
        let network = try FakeNetwork([
            "www.wikidata.org": { _ in
                let count = answers.withLock { count in
                    count += 1
                    return count
                }
                return count == 1
                    ? .json(#"{"error":{"code":"maxlag","info":"Waiting for a database server: 6 seconds lagged."}}"#,
                        headers: ["Retry-After": "0"])
                    : .json(Self.sciamma)
            }
        ])
        defer { network.stop() }
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root) }

        let run = try await search("Céline Sciamma", network, root: root)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.hasPrefix("Q274304  Céline Sciamma"))
        #expect(network.requests(to: "www.wikidata.org").count == 2)
    }

    @Test func noItemAnAPIErrorAndAnUnreadableAnswerFailWithAMessage() async throws {
        let cases: [(answer: String, message: String)] = [
            (#"{"search":[],"success":1}"#, "no Wikidata item found for \"Personne\""),
            (#"{"error":{"code":"badvalue","info":"Unrecognized value for parameter \"type\"."}}"#, "error (badvalue)"),
            (#"{"search":[{"id":"P2002","label":"X username"}]}"#, "'P2002' is not an item id"),
            ("<html>maintenance</html>", "could not be read"),
        ]
        for (answer, message) in cases {
            let network = try FakeNetwork(["www.wikidata.org": { _ in .json(answer) }])
            defer { network.stop() }
            let root = try site()
            defer { try? FileManager.default.removeItem(at: root) }
            let run = try await search("Personne", network, root: root)
            #expect(run.status == 1 && run.output.isEmpty, "\(answer)")
            #expect(run.errors.contains(message), "\(run.errors)")
        }
    }

    @Test func anUnreachableAPIIsAFailureNotAnEmptyResult() async throws {
        let busy = LoopbackHTTPServer.Response.text("busy", status: 503, headers: ["Retry-After": "0"])
        let network = try FakeNetwork(["www.wikidata.org": { _ in busy }])
        defer { network.stop() }
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try await search("Céline Sciamma", network, root: root)
        #expect(run.status == 1 && run.output.isEmpty)
        #expect(run.errors.contains("Wikidata could not be reached"), "\(run.errors)")
    }
}
