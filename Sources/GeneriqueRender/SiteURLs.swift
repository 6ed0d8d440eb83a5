import GeneriqueCore

/// Every URL of the site, from one place, always with the base path (`/` or `/guide/`).
struct SiteURLs: Sendable {
    let basePath: String
    let baseURL: String

    init(config: SiteConfig) {
        basePath = config.basePath
        baseURL = config.baseURL
    }

    var home: String { basePath }
    var profiles: String { basePath + "\(SitePaths.profiles)/" }
    var metiers: String { basePath + "\(SitePaths.metiers)/" }
    var societes: String { basePath + "\(SitePaths.societes)/" }
    var stylesheet: String { asset("style.css") }
    var atom: String { basePath + SitePaths.atom }
    var sitemap: String { basePath + SitePaths.sitemap }
    var openData: String { basePath + SitePaths.openData }
    var search: String { basePath + "\(SitePaths.search)/" }
    var searchIndex: String { basePath + SitePaths.searchIndex }
    var notFound: String { basePath + SitePaths.notFound }
    func profile(_ slug: String) -> String { basePath + "\(SitePaths.profiles)/\(slug)/" }
    func metier(_ key: String) -> String { basePath + "\(SitePaths.metiers)/\(key)/" }
    func societe(_ key: String) -> String { basePath + "\(SitePaths.societes)/\(key)/" }
    func page(_ slug: String) -> String { basePath + "\(slug)/" }
    /// A file of the theme: `assets/style.css`.
    func asset(_ name: String) -> String { basePath + "\(SitePaths.assets)/\(name)" }
    /// One of a group's follow files.
    func follow(_ file: FollowFile, of group: FollowGroup) -> String { basePath + group.path(of: file) }

    /// The absolute form of a site path: `https://host/guide/profils/x/`.
    func absolute(_ path: String) -> String {
        baseURL + path.dropFirst(basePath.count)
    }

    /// The output file for a page URL: `/guide/profils/x/` → `profils/x/index.html`.
    func outputPath(for url: String) -> String {
        let relative = url.dropFirst(basePath.count)
        return relative.isEmpty ? "index.html" : relative + "index.html"
    }
}
