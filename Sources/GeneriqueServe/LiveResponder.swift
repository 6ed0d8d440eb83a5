import Foundation
import GeneriqueCore

/// A request as the responder needs it.
public struct LiveRequest: Sendable {
    /// `GET` or `HEAD` (anything else is refused).
    public var method: String
    /// The decoded path, starting with `/`.
    public var path: String
    /// The `If-None-Match` header, if any.
    public var ifNoneMatch: String?

    /// Creates a request.
    public init(method: String, path: String, ifNoneMatch: String? = nil) {
        self.method = method
        self.path = path
        self.ifNoneMatch = ifNoneMatch
    }
}

/// A response, before it goes on the wire.
public struct LiveResponse: Sendable, Equatable {
    /// HTTP status code.
    public var status: Int
    /// Header fields by name.
    public var headers: [String: String]
    /// The body (empty for HEAD and 304); `Content-Length` says how long the GET body is.
    public var body: [UInt8]
}

/// Answers requests from the in-memory site, as a static host would serve the built folder: folder URLs
/// from `index.html`, the site's 404 page, the base path, ETags. Two differences, both only while serving:
/// HTML pages carry the reload script, and while the latest build has errors pages show them instead.
public enum LiveResponder {
    /// Where the reload script and the event stream live; outside any base path.
    public static let scriptPath = "/__generique/reload.js"
    /// The Server-Sent Events stream announcing new versions.
    public static let eventsPath = "/__generique/events"

    /// The response to `request` for the site as it is now. A HEAD gets the headers a GET would get,
    /// `Content-Length` included, and no body.
    public static func respond(to request: LiveRequest, site: ServedSite) -> LiveResponse {
        answer(request, site: site).framed(for: request.method)
    }

    private static func answer(_ request: LiveRequest, site: ServedSite) -> LiveResponse {
        guard request.method == "GET" || request.method == "HEAD" else {
            return .plain(405, "Méthode non prise en charge : \(request.method)", extra: ["Allow": "GET, HEAD"])
        }
        if request.path == scriptPath {
            return finish(request, status: 200, mediaType: MediaType.javascript, body: Array(ReloadPage.script.utf8))
        }
        let segments = request.path.split(separator: "/", omittingEmptySubsequences: false)
        guard request.path.hasPrefix("/"), !segments.contains(where: { $0 == ".." || $0 == "." }),
            !request.path.contains("\0"), !request.path.contains("\\")
        else { return .plain(400, "Chemin refusé : \(request.path)") }
        guard site.isReady else {
            return html(request, status: 503, page: ReloadPage.building(), site: site)
        }
        guard request.path.hasPrefix(site.basePath) else {
            if site.basePath.hasPrefix(request.path) {
                return LiveResponse(status: 302, headers: ["Location": site.basePath], body: [])
            }
            return notFound(request, site: site)
        }
        var relative = String(request.path.dropFirst(site.basePath.count))
        if relative.isEmpty || relative.hasSuffix("/") { relative += "index.html" }
        guard let bytes = site.files[relative] else {
            if site.files[relative + "/index.html"] != nil, !site.hasErrors {
                return LiveResponse(status: 301, headers: ["Location": request.path + "/"], body: [])
            }
            return notFound(request, site: site)
        }
        let mediaType = MediaType.of(relative)
        if mediaType == MediaType.html {
            if site.hasErrors { return html(request, status: 500, page: ReloadPage.overlay(site.diagnostics), site: site) }
            return html(request, status: 200, page: bytes, site: site)
        }
        return finish(request, status: 200, mediaType: mediaType, body: bytes)
    }

    private static func notFound(_ request: LiveRequest, site: ServedSite) -> LiveResponse {
        if site.hasErrors { return html(request, status: 500, page: ReloadPage.overlay(site.diagnostics), site: site) }
        guard let page = site.files["404.html"] else { return .plain(404, "Page introuvable : \(request.path)") }
        return html(request, status: 404, page: page, site: site)
    }

    /// An HTML page with the reload script, tagged with the generation it belongs to.
    private static func html(_ request: LiveRequest, status: Int, page: [UInt8], site: ServedSite) -> LiveResponse {
        let body = ReloadPage.injectingScript(into: page, generation: site.generation)
        return finish(request, status: status, mediaType: MediaType.html, body: body)
    }

    private static func finish(_ request: LiveRequest, status: Int, mediaType: String, body: [UInt8]) -> LiveResponse {
        let etag = "\"\(String(ContentHash.of(body), radix: 16))\""
        let headers = ["Content-Type": mediaType, "Cache-Control": "no-cache", "ETag": etag, "X-Content-Type-Options": "nosniff"]
        if status == 200, let field = request.ifNoneMatch, EntityTag.weaklyMatches(field, etag) {
            return LiveResponse(status: 304, headers: ["ETag": etag, "Cache-Control": "no-cache"], body: [])
        }
        return LiveResponse(status: status, headers: headers, body: body)
    }
}

extension LiveResponse {
    /// A short text answer, for refusals.
    static func plain(_ status: Int, _ text: String, extra: [String: String] = [:]) -> LiveResponse {
        LiveResponse(
            status: status, headers: extra.merging(["Content-Type": MediaType.text]) { $1 },
            body: Array((text + "\n").utf8))
    }

    /// The response as it goes on the wire for `method`: `Content-Length` gives the body's size (a 304 has
    /// none to give), and a HEAD keeps the headers without the body.
    func framed(for method: String) -> LiveResponse {
        var framed = self
        if status != 304 { framed.headers["Content-Length"] = String(body.count) }
        if method == "HEAD" { framed.body = [] }
        return framed
    }
}
