import Foundation
import GeneriqueCore
import Synchronization
import Testing

/// The README's workflow, step by step, as an editor runs it against a loopback server playing
/// www.wikidata.org and the person's website: search, `new --wikidata`, `import wikidata` after the item
/// gained an account, `--apply`, `verify --write`, `build`.
@Suite struct WikidataWorkflowTests {
    private func site() throws -> URL {
        try FakeWikidata.site(
            [
                "metiers/realisation.md":
                    "---\ntitle: Réalisatrices et réalisateurs\nlabel: Réalisation\norder: 1\nwikidata_occupations: [Q2526255]\n---\n",
                "metiers/scenario.md": "---\ntitle: Scénaristes\nlabel: Scénario\norder: 2\nwikidata_occupations: [Q28389]\n---\n",
            ], templates: true)
    }

    /// The person's item; once `later`, it also gives a Letterboxd account.
    private static func wikidata(_ request: FakeNetwork.Request, later: Bool) -> FakeNetwork.Response {
        if request.query["action"] == "wbsearchentities" {
            return .json(WikidataSearchTests.sciamma)
        }
        let labels = ["Q501": "Sciamma", "Q502": "Céline", "Q2526255": "réalisateur", "Q28389": "scénariste"]
        let entities = FakeWikidata.ids(request).map { id -> String in
            guard id == "Q274304" else { return FakeWikidata.entity(id, label: labels[id] ?? id) }
            let letterboxd = later ? #","P12384":[\#(FakeWikidata.statement("celine_lb"))]"# : ""
            return #""Q274304":{"id":"Q274304","labels":{"fr":{"language":"fr","value":"Céline Sciamma"}},"#
                + #""descriptions":{"fr":{"language":"fr","value":"réalisatrice et scénariste française"}},"claims":{"#
                + #""P734":[\#(FakeWikidata.item("Q501"))],"P735":[\#(FakeWikidata.item("Q502"))],"P106":[\#(FakeWikidata.item("Q2526255")),\#(FakeWikidata.item("Q28389"))],"#
                + #""P2002":[\#(FakeWikidata.statement("celine_x"))],"P856":[\#(FakeWikidata.statement("https://celine.test/"))]\#(letterboxd)}}"#
        }
        return FakeWikidata.answer(entities)
    }

    @Test func fromSearchToSite() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: CrashConsistencyTests.binary.path), "build the executable first")
        let later = Mutex(false)
        let network = try FakeNetwork([
            "www.wikidata.org": { request in Self.wikidata(request, later: later.withLock { $0 }) },
            "celine.test": { _ in .text("<!doctype html><title>Céline</title>") },
            "letterboxd.com": { _ in .text("<!doctype html><title>Céline on Letterboxd</title>") },
        ])
        defer { network.stop() }
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root) }
        let online = ["--root", root.path, "--timeout", "3s"]
            + network.resolve(["www.wikidata.org", "celine.test", "letterboxd.com"]).flatMap { ["--resolve", $0] }
        func run(_ arguments: [String]) async throws -> ExecutableRun {
            try await ExecutableRun.onThread(arguments + online)
        }
        let path = "content/profils/celine-sciamma.md"

        // 1. Find the item.
        let search = try await run(["import", "wikidata", "--search", "Céline Sciamma"])
        #expect(search.status == 0 && search.output.hasPrefix("Q274304  Céline Sciamma — réalisatrice et scénariste française\n"))

        // 2. Create the entry from it.
        let new = try await run(["new", "profil", "--wikidata", "Q274304", "--metier", "realisation", "--metier", "scenario"])
        #expect(new.status == 0 && new.output == "Created \(path)\n", "\(new.errors)")
        #expect(new.errors.contains("Q274304: Céline Sciamma — réalisatrice et scénariste française: check that it is the right one"))

        // 3. Later, the item gains an account: reported, then applied.
        later.withLock { $0 = true }
        let report = try await run(["import", "wikidata", "--only", path])
        #expect(report.status == 0, "\(report.errors)")
        #expect(report.output.contains("add accounts.letterboxd: celine_lb — P12384, normal rank, no reference"), "\(report.output)")
        let apply = try await run(["import", "wikidata", "--apply"])
        #expect(apply.status == 0 && apply.output.contains("  + 11:   letterboxd: celine_lb"), "\(apply.output)")

        // 4. Check the accounts online and date the check.
        let verify = try await run(["verify", "--only", path, "--write"])
        #expect(verify.status == 0, "\(verify.output)\(verify.errors)")
        let today = LocalDate.today().iso
        let written = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        #expect(
            written == """
                ---
                name: "Céline Sciamma"
                sort_name: "Sciamma, Céline"
                professions: [realisation, scenario]
                added: \(today)
                wikidata: Q274304
                source: "https://www.wikidata.org/wiki/Q274304"
                website: "https://celine.test/"
                accounts:
                  x: celine_x
                  letterboxd: celine_lb
                verified: \(today)
                ---
                Présentation en quelques phrases.

                """)

        // 5. Build the site.
        let build = try await ExecutableRun.onThread(["build", "--root", root.path])
        #expect(build.status == 0, "\(build.errors)")
        let page = try String(
            contentsOf: root.appendingPathComponent("public/profils/celine-sciamma/index.html"), encoding: .utf8)
        #expect(page.contains("https://www.wikidata.org/wiki/Q274304") && page.contains("Fiche Wikidata"))
        #expect(page.contains("https://letterboxd.com/celine_lb/"))
    }
}
