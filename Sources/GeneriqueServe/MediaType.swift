/// `Content-Type` values for the files a site holds, by extension, as static hosts send them.
enum MediaType {
    static let html = "text/html; charset=utf-8"
    static let javascript = "text/javascript; charset=utf-8"
    static let text = "text/plain; charset=utf-8"
    static let eventStream = "text/event-stream; charset=utf-8"

    private static let byExtension: [String: String] = [
        "html": html, "css": "text/css; charset=utf-8", "js": javascript, "mjs": javascript,
        "json": "application/json", "xml": "application/xml", "atom": "application/atom+xml",
        "opml": "text/x-opml; charset=utf-8", "csv": "text/csv; charset=utf-8", "txt": text,
        "svg": "image/svg+xml", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg",
        "gif": "image/gif", "webp": "image/webp", "avif": "image/avif", "ico": "image/x-icon",
        "woff2": "font/woff2", "woff": "font/woff", "pdf": "application/pdf",
        "webmanifest": "application/manifest+json",
    ]

    /// The type of the file at `path`; unknown extensions are sent as bytes, never guessed.
    static func of(_ path: String) -> String {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return "application/octet-stream" }
        return byExtension[path[path.index(after: dot)...].lowercased()] ?? "application/octet-stream"
    }
}
