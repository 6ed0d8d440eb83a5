/// `content/site.yml`: the guide's identity and where it is served.
public struct SiteConfig: Sendable, Hashable {
    /// The guide's title.
    public var title: String
    /// One sentence about the guide.
    public var description: String
    /// Absolute URL the site is served at, always ending in `/`: `https://example.org/guide/`.
    public var baseURL: String
    /// The path part of `baseURL`, starting and ending with `/`: `/guide/`. Every internal link starts with it.
    public var basePath: String
    /// Content language, `fr` by default.
    public var language: String
    /// The guide's own accounts (linked with `rel="me"`).
    public var accounts: [Account]
    /// Whether raw HTML in Markdown bodies reaches the output.
    public var unsafeHTML: Bool
    /// `stale_after`: an entry whose `verified` date is more days old than this is due for another check.
    public var staleAfterDays: Int

    /// A year: how long an entry's accounts are trusted when `site.yml` does not say.
    public static let defaultStaleAfterDays = 365

    /// Creates a configuration; `baseURL` must already be normalised (see `SiteConfig.normalizedBaseURL`).
    public init(
        title: String, description: String, baseURL: String, language: String = "fr", accounts: [Account] = [],
        unsafeHTML: Bool = false, staleAfterDays: Int = SiteConfig.defaultStaleAfterDays
    ) {
        self.title = title
        self.description = description
        self.baseURL = baseURL
        self.basePath = Self.path(of: baseURL)
        self.language = language
        self.accounts = accounts
        self.unsafeHTML = unsafeHTML
        self.staleAfterDays = staleAfterDays
    }

    /// `baseURL` made canonical (`http(s)://host[:port]/path/`), or nil when it is not an absolute http(s) URL.
    public static func normalizedBaseURL(_ raw: String) -> String? {
        let text = raw.trimmingWhitespace()
        guard let schemeEnd = text.range(of: "://") else { return nil }
        let scheme = text[..<schemeEnd.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else { return nil }
        let rest = text[schemeEnd.upperBound...]
        guard !rest.contains(where: { $0 == "?" || $0 == "#" || $0 == " " || $0 == "\\" }) else { return nil }
        let host = rest.prefix(while: { $0 != "/" })
        guard !host.isEmpty, !host.contains("@") else { return nil }
        var path = String(rest.dropFirst(host.count))
        if !path.hasPrefix("/") { path = "/" + path }
        if !path.hasSuffix("/") { path += "/" }
        guard !path.contains("//"), !path.split(separator: "/").contains(where: { $0 == ".." || $0 == "." })
        else { return nil }
        return "\(scheme)://\(host.lowercased())\(path)"
    }

    private static func path(of baseURL: String) -> String {
        guard let schemeEnd = baseURL.range(of: "://") else { return "/" }
        let rest = baseURL[schemeEnd.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return "/" }
        return String(rest[slash...])
    }
}
