import GeneriqueCore

/// The files that tell crawlers what to index: `sitemap.xml` and `robots.txt`.
enum Sitemap {
    /// A sitemaps.org 0.9 `<urlset>`, one `<url>` per location in the order given, with `<lastmod>` when known.
    ///
    /// The protocol caps one file at 50,000 URLs and 50 MB uncompressed; splitting beyond that is the caller's.
    static func document(urls: [(location: String, lastModified: LocalDate?)]) -> String {
        var text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

            """
        for url in urls {
            text += "  <url><loc>\(XMLText.escape(url.location))</loc>"
            if let lastModified = url.lastModified {
                text += "<lastmod>\(lastModified.iso)</lastmod>"
            }
            text += "</url>\n"
        }
        text += "</urlset>\n"
        return text
    }

    /// A `robots.txt` that allows everything and points to the sitemap, which must be an absolute URL.
    static func robots(sitemapURL: String) -> String {
        "User-agent: *\nAllow: /\n\nSitemap: \(sitemapURL)\n"
    }
}
