import Foundation
import GeneriqueCore
import Testing

/// `generique new profil --wikidata` and `new societe --wikidata` against a fake www.wikidata.org on
/// loopback: the entry written from the item (name, sort_name from the name statements, accounts, website,
/// feed, wikidata, source), the métier its occupation points to, and nothing written for a missing item or
/// occupations that point to several métiers or none.
@Suite struct NewFromWikidataTests {
    private func site() throws -> URL {
        try FakeWikidata.site(
            [
                "metiers/production.md":
                    "---\ntitle: Productrices et producteurs\nlabel: Production\norder: 1\nwikidata_occupations: [Q3282637, Q1414443]\n---\n",
                "metiers/realisation.md":
                    "---\ntitle: Réalisatrices et réalisateurs\nlabel: Réalisation\norder: 2\nwikidata_occupations: [Q2526255, Q1414443]\n---\n",
            ], templates: true)
    }

    /// Q100: a producer with names, accounts (one invalid), a website and a feed. Q101: a filmmaker (two
    /// métiers). Q102: no occupation. Q103 was merged into Q104, a festival. Q3 does not exist.
    private static func answer(_ request: FakeNetwork.Request) -> FakeNetwork.Response {
        let ids = FakeWikidata.ids(request)
        let labels = [
            "Q501": "Exemple", "Q502": "Céline", "Q3282637": "producteur de cinéma", "Q1414443": "cinéaste",
        ]
        let entities = ids.map { id -> String in
            switch id {
            case "Q100":
                FakeWikidata.entity(
                    id, label: "Céline Exemple",
                    claims: #""P734":[\#(FakeWikidata.item("Q501"))],"P735":[\#(FakeWikidata.item("Q502"))],"P106":[\#(FakeWikidata.item("Q3282637"))],"#
                        + #""P2002":[\#(FakeWikidata.statement("celine_x"))],"P12361":[\#(FakeWikidata.statement("celine.bsky.social"))],"#
                        + #""P4033":[\#(FakeWikidata.statement("bad handle"))],"P856":[\#(FakeWikidata.statement("https://celine.example.org/"))],"#
                        + #""P1019":[\#(FakeWikidata.statement("https://celine.example.org/feed.xml"))]"#)
            case "Q101": FakeWikidata.entity(id, label: "Anne Cinéaste", claims: #""P106":[\#(FakeWikidata.item("Q1414443"))]"#)
            case "Q102": FakeWikidata.entity(id, label: "Sans Métier")
            case "Q103":
                #""Q104":{"id":"Q104","labels":{"fr":{"language":"fr","value":"Festival Exemple"}},"#
                    + #""redirects":{"from":"Q103","to":"Q104"},"#
                    + #""claims":{"P856":[\#(FakeWikidata.statement("https://festival.example.org/"))],"P2003":[\#(FakeWikidata.statement("festival.exemple"))]}}"#
            default:
                labels[id].map { FakeWikidata.entity(id, label: $0) } ?? #""\#(id)":{"id":"\#(id)","missing":""}"#
            }
        }
        return FakeWikidata.answer(entities)
    }

    private func new(_ arguments: [String], _ root: URL, _ network: FakeNetwork) async throws -> ExecutableRun {
        let binary = CrashConsistencyTests.binary.path
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build the executable first")
        let resolve = network.resolve(["www.wikidata.org"]).flatMap { ["--resolve", $0] }
        return try await ExecutableRun.onThread(["new"] + arguments + ["--root", root.path, "--timeout", "3s"] + resolve)
    }

    @Test func aProfileIsWrittenFromItsItem() async throws {
        let network = try FakeNetwork(["www.wikidata.org": Self.answer])
        defer { network.stop() }
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root) }

        let run = try await new(["profil", "--wikidata", "Q100"], root, network)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output == "Created content/profils/celine-exemple.md\n")
        #expect(run.errors.contains("métier production, from the occupation Q3282637 producteur de cinéma"), "\(run.errors)")
        #expect(run.errors.contains("not written: invalid accounts.mastodon: Wikidata's 'bad handle' is refused"), "\(run.errors)")
        let written = try String(
            contentsOf: root.appendingPathComponent("content/profils/celine-exemple.md"), encoding: .utf8)
        #expect(
            written == """
                ---
                name: "Céline Exemple"
                sort_name: "Exemple, Céline"
                professions: [production]
                added: \(LocalDate.today().iso)
                wikidata: Q100
                source: "https://www.wikidata.org/wiki/Q100"
                website: "https://celine.example.org/"
                feed: "https://celine.example.org/feed.xml"
                accounts:
                  bluesky: celine.bsky.social
                  x: celine_x
                ---
                Présentation en quelques phrases.

                """)
        let requests = network.requests(to: "www.wikidata.org")
        #expect(requests.map { $0.query["props"] } == ["labels|descriptions|claims", "labels"])
        #expect(requests.last?.query["ids"] == "Q3282637|Q501|Q502", "the names and the occupation, in one request")
        #expect(requests.allSatisfy { $0.headers["user-agent"]?.contains("https://guide.test/") == true })

        let check = try await ExecutableRun.onThread(["check", "--root", root.path])
        #expect(check.status == 0, "the new entry builds: \(check.errors)")
    }

    @Test func aGivenMetierAndNameWin() async throws {
        let network = try FakeNetwork(["www.wikidata.org": Self.answer])
        defer { network.stop() }
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try await new(["profil", "Anne C.", "--wikidata", "Q101", "--metier", "realisation"], root, network)
        #expect(run.status == 0, "\(run.errors)")
        let written = try String(contentsOf: root.appendingPathComponent("content/profils/anne-c.md"), encoding: .utf8)
        #expect(written.contains("name: \"Anne C.\"\nsort_name: \"C., Anne\"  # guessed: check it\nprofessions: [realisation]\n"))
        #expect(written.contains("\nwikidata: Q101\n") && written.contains("# accounts:\n"), "no account: the skeleton")
    }

    @Test func nothingIsWrittenWhenTheMetierIsNotClear() async throws {
        let network = try FakeNetwork(["www.wikidata.org": Self.answer])
        defer { network.stop() }
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root) }
        let before = FolderSnapshot.read(root)

        let filmmaker = try await new(["profil", "--wikidata", "Q101"], root, network)
        #expect(filmmaker.status == 1)
        #expect(filmmaker.errors.contains("the occupations of Q101 point to 2 métiers: nothing was written"), "\(filmmaker.errors)")
        #expect(filmmaker.errors.contains("  --metier production  (Q1414443 cinéaste)"))
        #expect(filmmaker.errors.contains("  --metier realisation  (Q1414443 cinéaste)"))

        let none = try await new(["profil", "--wikidata", "Q102"], root, network)
        #expect(none.status == 1)
        #expect(none.errors.contains("Q102 states no occupation: nothing was written"), "\(none.errors)")
        #expect(none.errors.contains("give --metier KEY (production, realisation)"))

        let missing = try await new(["profil", "--wikidata", "Q3"], root, network)
        #expect(missing.status == 1)
        #expect(missing.errors.contains("Q3 is no Wikidata item (deleted, or a mistyped id): nothing was written"))

        let address = try await new(["profil", "--wikidata", "https://www.wikidata.org/wiki/Q100"], root, network)
        #expect(address.status == 2)
        #expect(address.errors.contains("is not a Wikidata item id: give its id, --wikidata Q100"), "\(address.errors)")
        #expect(FolderSnapshot.read(root) == before)
    }

    @Test func aSocieteIsWrittenFromTheItemItsIdWasMergedInto() async throws {
        let network = try FakeNetwork(["www.wikidata.org": Self.answer])
        defer { network.stop() }
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try await new(["societe", "--wikidata", "Q103", "--kind", "festival"], root, network)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.errors.contains("Q103 was merged into Q104: the entry names Q104."))
        let written = try String(
            contentsOf: root.appendingPathComponent("content/societes/festival-exemple.md"), encoding: .utf8)
        #expect(
            written == """
                ---
                name: "Festival Exemple"
                kind: festival
                wikidata: Q104
                source: "https://www.wikidata.org/wiki/Q104"
                website: "https://festival.example.org/"
                accounts:
                  instagram: festival.exemple
                ---
                Présentation de la société en quelques phrases.

                """)
        #expect(network.requests(to: "www.wikidata.org").count == 1, "a société's names are not asked")
    }
}
