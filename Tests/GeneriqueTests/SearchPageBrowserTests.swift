import FlyingFox
import FlyingSocks
import Foundation
import GeneriqueBuild
import Synchronization
import Testing

/// The search page's script in a real browser: headless Chromium (installed by `make test`) loads
/// `/recherche/?q=…` from the built site, served as plain files on loopback, and the test reads the page as
/// the script left it. (Not through `serve`: its reload stream would keep the page loading forever.)
@Suite(.serialized) struct SearchPageBrowserTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// The DOM after the page's scripts ran, for `path` on `port`.
    private func renderedPage(_ path: String, port: UInt16) throws -> String {
        let binary = try #require(
            Self.chromium, "Chromium is needed (make test installs Debian's chromium)")
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

    @Test(.timeLimit(.minutes(2))) func findsProfilesWhateverTheAccentsAndCase() async throws {
        let root = try ServeTests.copyOfBasicFixture()
        defer { try? FileManager.default.removeItem(at: root) }
        let theme = root.appendingPathComponent("templates")
        try FileManager.default.removeItem(at: theme)
        try FileManager.default.copyItem(
            at: TestPaths.packageRoot.appendingPathComponent("templates"), to: theme)
        // Names with a typographic and a typewriter apostrophe, searched with the other one.
        let profils = root.appendingPathComponent("content/profils")
        try "---\nname: Festival d’Annecy\nkind: organization\nprofessions: [distribution]\n---\n"
            .write(
                to: profils.appendingPathComponent("festival-d-annecy.md"), atomically: true,
                encoding: .utf8)
        try "---\nname: Ève d'Alembert\nsort_name: Alembert, Ève d'\nprofessions: [production]\n---\n"
            .write(
                to: profils.appendingPathComponent("eve-d-alembert.md"), atomically: true, encoding: .utf8)
        // The fixture's base path is /guide/: the output goes to www/guide/ and www/ is served.
        let output = root.appendingPathComponent("www/guide")
        let report = try await SiteBuilder.build(BuildOptions(root: root, output: output))
        #expect(report.succeeded)
        let files = try await ServedFolder.start(root.appendingPathComponent("www"))
        defer { files.stop() }
        let port = files.port

        for query in ["elodie", "BÉRARD", "berard%20gaumont"] {
            let page = try renderedPage("/guide/recherche/index.html?q=\(query)", port: port)
            #expect(
                page.contains("<a href=\"/guide/profils/elodie-berard/\">Élodie Bérard</a>"),
                "query \(query)")
            #expect(
                page.contains("1 profil trouvé."), "query \(query): the live region announces the count")
        }
        for (query, link) in [
            ("d%27annecy", "<a href=\"/guide/profils/festival-d-annecy/\">"),
            ("d%E2%80%99alembert", "<a href=\"/guide/profils/eve-d-alembert/\">"),
        ] {
            let page = try renderedPage("/guide/recherche/index.html?q=\(query)", port: port)
            #expect(page.contains(link), "query \(query)")
            #expect(page.contains("1 profil trouvé."), "query \(query)")
        }
        // Sociétés and métiers are results too, each saying what it is, before the profiles.
        let societe = try renderedPage("/guide/recherche/index.html?q=gaumont", port: port)
        #expect(
            societe.contains(
                "<li><a href=\"/guide/societes/gaumont/\">Gaumont</a><span class=\"search-about\"> — Société · Production · "
            ))
        #expect(societe.contains("1 société et "), "the société, then the profiles at Gaumont")
        let metier = try renderedPage("/guide/recherche/index.html?q=produc", port: port)
        #expect(
            metier.contains(
                "<ul id=\"recherche-resultats\" class=\"search-results\"><li><a href=\"/guide/metiers/production/\">Production</a><span class=\"search-about\"> — Métier · "
            ))
        let none = try renderedPage("/guide/recherche/index.html?q=zzzz", port: port)
        #expect(none.contains("Aucun résultat."))
        #expect(
            !none.contains(
                "<form class=\"search\" role=\"search\" data-index=\"/guide/recherche/index.json\" hidden"),
            "the script shows the form")
    }

    /// At 10,000 profiles (the benchmark corpus), a query for a known name shows it first, and the page, its
    /// style and script, the table of contents and the shard it needed weigh at most 150 KB together.
    @Test(.timeLimit(.minutes(6))) func aQueryOnTenThousandProfilesDownloadsLittle() async throws {
        let root = TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let generator = Process()
        generator.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        generator.arguments = [
            TestPaths.packageRoot.appendingPathComponent("bench/generate_corpus.py").path, "--profiles",
            "10000",
            "--out", root.path,
        ]
        generator.standardOutput = FileHandle.nullDevice
        try generator.run()
        generator.waitUntilExit()
        #expect(generator.terminationStatus == 0)
        let output = root.appendingPathComponent("www")
        let report = try await SiteBuilder.build(BuildOptions(root: root, output: output))
        #expect(report.succeeded)
        let name = "Inès André"
        let files = try await ServedFolder.start(output)
        defer { files.stop() }
        let page = try renderedPage("/recherche/?q=In%C3%A8s%20Andr%C3%A9", port: files.port)
        #expect(
            page.contains(
                "<ul id=\"recherche-resultats\" class=\"search-results\"><li><a href=\"/profils/ines-andre/\">\(name)</a>"
            ))
        let served = files.served()
        #expect(
            served.keys.contains { $0.hasPrefix("/recherche/mots/") }, "a shard, not the whole index")
        #expect(served.values.reduce(0, +) <= 150_000, "\(served)")
    }
}

/// A folder served as plain files on loopback, counting the bytes of each file it sends.
private struct ServedFolder {
    let port: UInt16
    private let serving: Task<Void, any Error>
    private let counts: Counts

    private final class Counts: Sendable {
        let bytes = Mutex<[String: Int]>([:])
    }

    static func start(_ folder: URL) async throws -> ServedFolder {
        let counts = Counts()
        let server = HTTPServer(
            address: try sockaddr_in.inet(ip4: "127.0.0.1", port: 0), logger: .disabled,
            handler: ClosureHTTPHandler { request in
                // FlyingFox gives the path without its trailing slash: a folder's is its index.html.
                var path = request.path
                if !(path.split(separator: "/").last ?? "").contains(".") {
                    path += path.hasSuffix("/") ? "index.html" : "/index.html"
                }
                guard !path.contains(".."),
                    let data = FileManager.default.contents(atPath: folder.path + path)
                else {
                    return HTTPResponse(statusCode: .notFound)
                }
                counts.bytes.withLock { $0[request.path, default: 0] += data.count }
                let type =
                    path.hasSuffix(".js")
                    ? "text/javascript"
                    : path.hasSuffix(".css")
                        ? "text/css"
                        : path.hasSuffix(".json")
                            ? "application/json"
                            : path.hasSuffix(".svg") ? "image/svg+xml" : "text/html; charset=utf-8"
                return HTTPResponse(statusCode: .ok, headers: [.contentType: type], body: data)
            })
        let serving = Task { try await server.run() }
        try await server.waitUntilListening()
        guard case .ip4(_, let port) = await server.listeningAddress else {
            throw URLError(.cannotConnectToHost)
        }
        return ServedFolder(port: port, serving: serving, counts: counts)
    }

    /// Bytes sent, by path requested.
    func served() -> [String: Int] { counts.bytes.withLock { $0 } }

    func stop() { serving.cancel() }
}
