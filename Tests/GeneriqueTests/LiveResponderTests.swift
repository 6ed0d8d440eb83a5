import Foundation
import GeneriqueCore
import Testing

@testable import GeneriqueServe

/// How `serve` answers requests, without a network: the same rules as a static host serving the output.
@Suite struct LiveResponderTests {
    private let site = ServedSite.starting.next(
        after: LiveBuildResult(
            files: [
                "index.html": Array("<!doctype html><html><body><h1>Accueil</h1></body></html>".utf8),
                "profils/a/index.html": Array("<html><BODY>A</BODY></html>".utf8),
                "404.html": Array("<html><body>Introuvable</body></html>".utf8),
                "assets/style.css": Array("body{}".utf8),
            ],
            basePath: "/guide/", diagnostics: [], renderedPages: 3))!

    private func get(_ path: String, method: String = "GET", site: ServedSite? = nil) -> LiveResponse {
        LiveResponder.respond(to: LiveRequest(method: method, path: path), site: site ?? self.site)
    }

    @Test func foldersAreServedFromTheirIndexWithTheReloadScript() {
        let response = get("/guide/profils/a/")
        #expect(response.status == 200)
        #expect(response.headers["Content-Type"] == "text/html; charset=utf-8")
        #expect(
            String(decoding: response.body, as: UTF8.self)
                == "<html><BODY>A<script src=\"/__generique/reload.js\" data-generation=\"1\"></script>\n</BODY></html>")
    }

    @Test func redirectsLikeAStaticHost() {
        #expect(get("/guide/profils/a").status == 301)
        #expect(get("/guide/profils/a").headers["Location"] == "/guide/profils/a/")
        #expect(get("/").headers["Location"] == "/guide/")
        #expect(get("/guide").headers["Location"] == "/guide/")
    }

    @Test func unknownPathsGetTheSite404Page() {
        for path in ["/guide/inconnu/", "/autre/", "/guide/assets/absent.css"] {
            let response = get(path)
            #expect(response.status == 404)
            #expect(String(decoding: response.body, as: UTF8.self).contains("Introuvable"))
        }
    }

    @Test func pathsLeavingTheSiteAreRefused() {
        for path in ["/guide/../etc/passwd", "/guide/./index.html", "/guide/a\\b", "relative"] {
            #expect(get(path).status == 400, "\(path)")
        }
    }

    @Test func etagsAnswerConditionalRequestsAndHeadHasNoBody() {
        let first = get("/guide/assets/style.css")
        let etag = first.headers["ETag"]!
        let again = LiveResponder.respond(to: LiveRequest(method: "GET", path: "/guide/assets/style.css", ifNoneMatch: etag), site: site)
        #expect(again.status == 304)
        #expect(again.body.isEmpty)
        #expect(get("/guide/assets/style.css", method: "HEAD").body.isEmpty)
        #expect(get("/guide/assets/style.css", method: "POST").status == 405)
    }

    @Test(arguments: ["/guide/", "/guide/assets/style.css", "/guide/inconnu/", "/guide/profils/a", "/", "/guide/a\\b"])
    func headSendsTheHeadersOfGetWithoutTheBody(path: String) {
        let full = get(path)
        let head = get(path, method: "HEAD")
        #expect(head.status == full.status)
        #expect(head.headers == full.headers)
        #expect(head.headers["Content-Length"] == String(full.body.count))
        #expect(head.body.isEmpty)
    }

    @Test(arguments: [
        ("{tag}", true), ("W/{tag}", true), ("*", true), (" * ", true), ("\"autre\", {tag}", true),
        ("W/\"autre\",W/{tag}", true), ("\"a,b\" , W/{tag} ", true), ("\"autre\"", false),
        ("W/\"autre\", \"x\"", false), ("{tag}x", false), ("W/", false), ("", false), ("\"", false),
    ])
    func ifNoneMatchComparesTagsWeakly(field: String, matches: Bool) throws {
        let etag = try #require(get("/guide/assets/style.css").headers["ETag"])
        let request = LiveRequest(
            method: "GET", path: "/guide/assets/style.css", ifNoneMatch: field.replacingOccurrences(of: "{tag}", with: etag))
        #expect(LiveResponder.respond(to: request, site: site).status == (matches ? 304 : 200), "\(field)")
    }

    @Test func errorsReplaceEveryPageButAssetsStay() throws {
        let diagnostic = Diagnostic.error(
            at: SourceLocation(path: "content/profils/a.md", line: 4, column: 15), "unknown métier '<prod>'",
            code: "unknown-profession", hint: "did you mean 'production'?")
        let failed = try #require(
            site.next(after: LiveBuildResult(files: nil, basePath: "/guide/", diagnostics: [diagnostic], renderedPages: 0)))
        let page = get("/guide/profils/a/", site: failed)
        let text = String(decoding: page.body, as: UTF8.self)
        #expect(page.status == 500)
        #expect(text.contains("content/profils/a.md:4:15"))
        #expect(text.contains("unknown métier &#39;&lt;prod&gt;&#39;"), "messages are escaped")
        #expect(text.contains("did you mean &#39;production&#39;?"))
        #expect(text.contains("data-generation=\"2\""))
        #expect(get("/guide/assets/style.css", site: failed).status == 200)
    }

    @Test func aRebuildThatChangesNothingPublishesNothing() {
        let same = LiveBuildResult(files: site.files, basePath: "/guide/", diagnostics: [], renderedPages: 0)
        #expect(site.next(after: same) == nil)
    }

    @Test func beforeTheFirstBuildPagesWait() {
        let response = get("/guide/", site: .starting)
        #expect(response.status == 503)
        #expect(String(decoding: response.body, as: UTF8.self).contains("reload.js"))
    }
}
