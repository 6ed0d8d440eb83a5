import Foundation
import GeneriqueServe
import Testing

/// `serve` end to end, over loopback: a real server on a free port, real files edited on disk, the reload
/// events a browser would get, and the pages it would fetch next.
@Suite(.timeLimit(.minutes(2))) struct ServeTests {
    @Test func editsReloadTabsAndErrorsShowUntilFixed() async throws {
        let root = try Self.copyOfBasicFixture()
        defer { try? FileManager.default.removeItem(at: root) }
        let server = try await RunningServer(root: root)
        defer { server.stop() }
        let client = server.client
        let generations = GenerationFeed(client: client)
        defer { generations.stop() }
        #expect(try await generations.next() == 1, "a new tab hears the current version first")

        let profile = try await client.get("/guide/profils/eric-abel/")
        #expect(profile.status == 200)
        #expect(profile.body.contains("<script src=\"/__generique/reload.js\" data-generation=\"1\"></script>"))
        #expect(!profile.body.contains("Une phrase ajoutée"))

        // Saving a profile: the tab is told to reload, and the page has the new text.
        let profileFile = root.appendingPathComponent("content/profils/eric-abel.md")
        let original = try String(contentsOf: profileFile, encoding: .utf8)
        try (original + "\nUne phrase ajoutée pendant le test.\n").write(to: profileFile, atomically: true, encoding: .utf8)
        #expect(try await generations.next() == 2)
        let edited = try await client.get("/guide/profils/eric-abel/")
        #expect(edited.body.contains("Une phrase ajoutée pendant le test."))

        // A broken template: every page lists the problem with its position, and the server keeps running.
        let template = root.appendingPathComponent("templates/profile.mustache")
        let goodTemplate = try Data(contentsOf: template)
        try (String(decoding: goodTemplate, as: UTF8.self) + "{{#unclosed}}\n").write(
            to: template, atomically: true, encoding: .utf8)
        #expect(try await generations.next() == 3)
        let broken = try await client.get("/guide/")
        #expect(broken.status == 500)
        #expect(broken.body.contains("templates/profile.mustache:"))
        #expect(broken.body.contains("<script src=\"/__generique/reload.js\""), "the error page reloads once fixed")

        // Fixed: the site is back.
        try goodTemplate.write(to: template)
        #expect(try await generations.next() == 4)
        let recovered = try await client.get("/guide/profils/eric-abel/")
        #expect(recovered.status == 200)
        #expect(recovered.body.contains("Une phrase ajoutée pendant le test."))

        // A file created in a new folder is seen too (new folders are watched as they appear).
        let newFolder = root.appendingPathComponent("templates/assets/images")
        try FileManager.default.createDirectory(at: newFolder, withIntermediateDirectories: true)
        try Data("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".utf8).write(to: newFolder.appendingPathComponent("logo.svg"))
        #expect(try await generations.next() == 5)
        let image = try await client.get("/guide/assets/images/logo.svg")
        #expect(image.status == 200)
        #expect(image.header("Content-Type") == "image/svg+xml")
    }

    @Test func aPartialIncludingItselfIsShownUntilFixed() async throws {
        let root = try Self.copyOfBasicFixture()
        defer { try? FileManager.default.removeItem(at: root) }
        let server = try await RunningServer(root: root)
        defer { server.stop() }
        let client = server.client
        let generations = GenerationFeed(client: client)
        defer { generations.stop() }
        #expect(try await generations.next() == 1)

        // Rendering it would recurse until the process crashes: the server reports the cycle instead.
        let partial = root.appendingPathComponent("templates/partials/follow.mustache")
        let goodPartial = try Data(contentsOf: partial)
        try (String(decoding: goodPartial, as: UTF8.self) + "{{> partials/follow}}\n").write(
            to: partial, atomically: true, encoding: .utf8)
        #expect(try await generations.next() == 2)
        let broken = try await client.get("/guide/")
        #expect(broken.status == 500)
        #expect(broken.body.contains("templates/partials/follow.mustache:6:1"))
        #expect(broken.body.contains("partials/follow → partials/follow"))
        #expect(broken.body.contains("template-cycle"))

        try goodPartial.write(to: partial)
        #expect(try await generations.next() == 3)
        #expect(try await client.get("/guide/").status == 200)
    }

    @Test func servesLikeAStaticHost() async throws {
        let root = try Self.copyOfBasicFixture()
        defer { try? FileManager.default.removeItem(at: root) }
        let server = try await RunningServer(root: root)
        defer { server.stop() }
        let client = server.client
        let port = client.port

        #expect(try await client.get("/").header("Location") == "/guide/", "the root leads to the base path")
        let folder = try await client.get("/guide/profils/eric-abel")
        #expect(folder.status == 301)
        #expect(folder.header("Location") == "/guide/profils/eric-abel/")
        let css = try await client.get("/guide/assets/style.css")
        #expect(css.header("Content-Type") == "text/css; charset=utf-8")
        let etag = try #require(css.header("ETag"))
        #expect(try await client.get("/guide/assets/style.css", headers: ["If-None-Match": etag]).status == 304)
        let missing = try await client.get("/guide/pas-de-page/")
        #expect(missing.status == 404)
        #expect(missing.body.contains("<html"), "the site's own 404 page")

        // The same port again: a clear failure, not a crash.
        do {
            try await LiveServer.run(LiveServerOptions(root: root, port: port)) { _ in }
            Issue.record("a second server started on a taken port")
        } catch {
            #expect(error.message.contains("already in use"))
        }
    }

    @Test func headAnswersWithTheLengthOfTheGetBodyAndNoBody() async throws {
        let root = try Self.copyOfBasicFixture()
        defer { try? FileManager.default.removeItem(at: root) }
        let server = try await RunningServer(root: root)
        defer { server.stop() }
        let page = try await server.client.get("/guide/profils/eric-abel/")
        #expect(page.status == 200)

        let connection = try await RawHTTPConnection(port: server.client.port)
        defer { connection.close() }
        try await connection.send("HEAD /guide/profils/eric-abel/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        let bytes = try #require(try await connection.readToEnd(), "the server closes after answering")
        let head = try #require(RawHTTPResponse(bytes))
        #expect(head.status == 200)
        #expect(head.headers["content-length"] == String(page.body.utf8.count))
        #expect(head.headers["etag"] == page.header("ETag"))
        #expect(head.body.isEmpty, "no body after the head")
    }

    /// The basic fixture (base path `/guide/`) in a temporary folder the test may edit.
    static func copyOfBasicFixture() throws -> URL {
        let root = TestPaths.temporaryFolder()
        let fixture = TestPaths.fixtures.appendingPathComponent("Sites/basic")
        for folder in ["content", "templates"] {
            try FileManager.default.copyItem(at: fixture.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        return root
    }
}

/// A `serve` running in the test process on a free port, once its first build is published.
struct RunningServer {
    let client: LoopbackClient
    private let task: Task<Void, any Error>

    struct DidNotStart: Error {}

    init(root: URL, limits: RequestLimits = RequestLimits()) async throws {
        let (events, sink) = AsyncStream.makeStream(of: LiveEvent.self)
        let options = LiveServerOptions(root: root, port: 0, limits: limits)
        task = Task { try await LiveServer.run(options) { sink.yield($0) } }
        var iterator = events.makeAsyncIterator()
        guard case .listening(let url) = await iterator.next(), let port = url.port else {
            task.cancel()
            throw DidNotStart()
        }
        _ = await iterator.next()
        client = LoopbackClient(port: UInt16(port))
    }

    func stop() {
        task.cancel()
    }
}

/// The generations announced on the server's event stream, one at a time, with a deadline.
final class GenerationFeed: Sendable {
    private let stream: AsyncStream<Int>
    private let reader: Task<Void, Never>

    init(client: LoopbackClient) {
        let (stream, sink) = AsyncStream.makeStream(of: Int.self)
        self.stream = stream
        reader = Task {
            try? await client.watchGenerations { generation in
                sink.yield(generation)
                return false
            }
            sink.finish()
        }
    }

    /// The next generation announced, or nil after 30 seconds (generous: the whole suite shares two cores).
    func next() async throws -> Int? {
        try await withThrowingTaskGroup(of: Int?.self) { group in
            group.addTask { [stream] in
                var iterator = stream.makeAsyncIterator()
                return await iterator.next()
            }
            group.addTask {
                try await Task.sleep(for: .seconds(30))
                return nil
            }
            let first = try await group.next() ?? nil
            group.cancelAll()
            return first
        }
    }

    func stop() {
        reader.cancel()
    }
}
