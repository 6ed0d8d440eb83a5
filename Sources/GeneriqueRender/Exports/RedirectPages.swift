import GeneriqueCore
import GeneriqueIndex

/// The addresses of renamed entries (their `aliases`): a small page at each former address that sends the
/// reader on, for any static host, and `_redirects` for the hosts that read it (Netlify, Cloudflare Pages),
/// which answer with a real 301 instead.
enum RedirectPages {
    /// The file hosts read redirects from.
    static let redirectsFile = "_redirects"

    /// One page per alias of a published profile or a société, and `_redirects` when there is any.
    static func files(_ index: SiteIndex, urls: SiteURLs) -> [OutputFile] {
        let moves =
            index.profiles.flatMap { profile in
                profile.aliases.map { (urls.profile($0), urls.profile(profile.slug), profile.name) }
            }
            + index.societes.flatMap { group in
                group.societe.aliases.map { (urls.societe($0), urls.societe(group.societe.key), group.societe.name) }
            }
        guard !moves.isEmpty else { return [] }
        let pages = moves.map { from, to, name in
            OutputFile(
                path: String(from.dropFirst(urls.basePath.count)) + "index.html",
                text: page(
                    to: to, absolute: urls.absolute(to), name: name, siteTitle: index.config.title,
                    stylesheet: urls.stylesheet))
        }
        let redirects = moves.map { from, to, _ in "\(from) \(to) 301\n" }.joined()
        return pages + [OutputFile(path: redirectsFile, text: redirects)]
    }

    /// A page that is not indexed, names the new address as canonical, moves on at once and links it for
    /// readers whose browser does not follow the refresh. Its icon is empty so that the browser does not ask
    /// for `/favicon.ico`, which the theme may not have, on its way to the new address.
    private static func page(
        to path: String, absolute: String, name: String, siteTitle: String, stylesheet: String
    ) -> String {
        let name = HTMLEscaping.escape(name)
        let path = HTMLEscaping.escape(path)
        return """
            <!DOCTYPE html>
            <html lang="fr">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(name) a changé d’adresse — \(HTMLEscaping.escape(siteTitle))</title>
            <meta name="robots" content="noindex">
            <link rel="canonical" href="\(HTMLEscaping.escape(absolute))">
            <link rel="stylesheet" href="\(HTMLEscaping.escape(stylesheet))">
            <link rel="icon" href="data:,">
            <meta http-equiv="refresh" content="0; url=\(path)">
            </head>
            <body>
            <main>
            <h1>\(name) a changé d’adresse</h1>
            <p>La fiche est désormais à l’adresse <a href="\(path)">\(path)</a>.</p>
            </main>
            </body>
            </html>

            """
    }
}
