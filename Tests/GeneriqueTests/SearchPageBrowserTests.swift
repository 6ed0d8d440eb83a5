import FlyingFox
import FlyingSocks
import Foundation
import GeneriqueBuild
import Testing

/// The search page's script in a real browser: headless Chromium (installed by `make test`) loads
/// `/recherche/?q=…` from the built site, served as plain files on loopback, and the test reads the page as
/// the script left it. (Not through `serve`: its reload stream would keep the page loading forever.)
@Suite(.serialized, .timeLimit(.minutes(2))) struct SearchPageBrowserTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// The DOM after the page's scripts ran, for `path` on `port`.
    private func renderedPage(_ path: String, port: UInt16) throws -> String {
        let binary = try #require(Self.chromium, "Chromium is needed (make test installs Debian's chromium)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--virtual-time-budget=5000",
            "--dump-dom", "http://127.0.0.1:\(port)\(path)",
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let dom = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: dom, as: UTF8.self)
    }

    @Test func findsProfilesWhateverTheAccentsAndCase() async throws {
        let root = try ServeTests.copyOfBasicFixture()
        defer { try? FileManager.default.removeItem(at: root) }
        let theme = root.appendingPathComponent("templates")
        try FileManager.default.removeItem(at: theme)
        try FileManager.default.copyItem(at: TestPaths.packageRoot.appendingPathComponent("templates"), to: theme)
        // Names with a typographic and a typewriter apostrophe, searched with the other one.
        let profils = root.appendingPathComponent("content/profils")
        try "---\nname: Festival d’Annecy\nkind: organization\nprofessions: [distribution]\n---\n"
            .write(to: profils.appendingPathComponent("festival-d-annecy.md"), atomically: true, encoding: .utf8)
        try "---\nname: Ève d'Alembert\nsort_name: Alembert, Ève d'\nprofessions: [production]\n---\n"
            .write(to: profils.appendingPathComponent("eve-d-alembert.md"), atomically: true, encoding: .utf8)
        // The fixture's base path is /guide/: the output goes to www/guide/ and www/ is served.
        let output = root.appendingPathComponent("www/guide")
        let report = try await SiteBuilder.build(BuildOptions(root: root, output: output))
        #expect(report.succeeded)
        let server = HTTPServer(
            address: try sockaddr_in.inet(ip4: "127.0.0.1", port: 0), logger: .disabled,
            handler: DirectoryHTTPHandler(root: root.appendingPathComponent("www"), serverPath: "/"))
        let serving = Task { try await server.run() }
        defer { serving.cancel() }
        try await server.waitUntilListening()
        guard case .ip4(_, let port) = try #require(await server.listeningAddress) else {
            Issue.record("no port")
            return
        }

        for query in ["elodie", "BÉRARD", "berard%20gaumont"] {
            let page = try renderedPage("/guide/recherche/index.html?q=\(query)", port: port)
            #expect(page.contains("<a href=\"/guide/profils/elodie-berard/\">Élodie Bérard</a>"), "query \(query)")
            #expect(page.contains("1 profil trouvé."), "query \(query): the live region announces the count")
        }
        for (query, link) in [
            ("d%27annecy", "<a href=\"/guide/profils/festival-d-annecy/\">"),
            ("d%E2%80%99alembert", "<a href=\"/guide/profils/eve-d-alembert/\">"),
        ] {
            let page = try renderedPage("/guide/recherche/index.html?q=\(query)", port: port)
            #expect(page.contains(link), "query \(query)")
            #expect(page.contains("1 profil trouvé."), "query \(query)")
        }
        let none = try renderedPage("/guide/recherche/index.html?q=zzzz", port: port)
        #expect(none.contains("Aucun profil ne correspond."))
        #expect(!none.contains("<form class=\"search\" role=\"search\" data-index=\"/guide/recherche/index.json\" hidden"),
                "the script shows the form")
    }
}
