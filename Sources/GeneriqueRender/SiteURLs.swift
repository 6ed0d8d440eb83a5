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
    var profiles: String { basePath + "profils/" }
    var metiers: String { basePath + "metiers/" }
    var societes: String { basePath + "societes/" }
    var stylesheet: String { basePath + "assets/style.css" }
    var atom: String { basePath + "atom.xml" }
    var sitemap: String { basePath + "sitemap.xml" }
    var openData: String { basePath + "donnees/guide.json" }
    var search: String { basePath + "recherche/" }
    func profile(_ slug: String) -> String { basePath + "profils/\(slug)/" }
    func metier(_ key: String) -> String { basePath + "metiers/\(key)/" }
    func societe(_ key: String) -> String { basePath + "societes/\(key)/" }
    func page(_ slug: String) -> String { basePath + "\(slug)/" }

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
