import Foundation
import GeneriqueCore
import PropertyBased
import Testing

@testable import GeneriqueRender

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Text that breaks naive writers: markup, entities, both quotes, a script end tag, a tab, CR LF, a forbidden
/// control character (U+0001) and characters outside ASCII.
private let hostile = "Léa \"L'Intrépide\" <b>&amp; </script>\u{1}\tfin\r\nà 🎬"
/// `hostile` as an XML parser must give it back: everything but the forbidden U+0001.
private let hostileAfterXML = "Léa \"L'Intrépide\" <b>&amp; </script>\tfin\r\nà 🎬"

@Suite struct ExportFormatTests {
    // MARK: XML text

    @Test func xmlEscapesMarkupAndDropsForbiddenCharacters() {
        #expect(XMLText.escape("a<b>&\"'c") == "a&lt;b&gt;&amp;&quot;&apos;c")
        #expect(XMLText.escape("a\u{0}\u{1}\u{1F}b\u{FFFE}\u{FFFF}c") == "abc")
        #expect(XMLText.escape("\t\n\r") == "&#9;&#10;&#13;")
        #expect(XMLText.escape("é\u{FFFD}🎬") == "é\u{FFFD}🎬")
    }

    @Test func theXMLParserRejectsWhatEscapingPrevents() {
        // Shows the round-trip tests below can fail: the parser is strict about raw `&`, `<` and controls.
        #expect(throws: XMLFailure.self) { try parseXML("<a>Tom & Jerry</a>") }
        #expect(throws: XMLFailure.self) { try parseXML("<a t=\"<\"/>") }
        #expect(throws: XMLFailure.self) { try parseXML("<a>\u{1}</a>") }
    }

    // MARK: OPML

    @Test func opmlIsWellFormedAndKeepsHostileText() throws {
        let outline = FeedOutline(text: hostile, xmlURL: "https://ex.org/feed?a=1&b='2'", htmlURL: "https://ex.org/<p>")
        let text = OPMLDocument.document(
            title: hostile, created: LocalDate(iso: "2026-11-28"), outlines: [outline, outline])
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n"))
        let opml = try parseXML(text)
        #expect(opml.name == "opml")
        #expect(opml.attributes["version"] == "2.0")
        #expect(opml.children.map(\.name) == ["head", "body"])
        let head = try #require(opml.child("head"))
        #expect(head.child("title")?.text == hostileAfterXML)
        #expect(head.child("dateCreated")?.text == "Sat, 28 Nov 2026 00:00:00 GMT")
        let outlines = try #require(opml.child("body")).children
        #expect(outlines.count == 2)
        #expect(outlines.allSatisfy { $0.name == "outline" && $0.children.isEmpty })
        #expect(
            outlines[0].attributes == [
                "type": "rss", "text": hostileAfterXML, "title": hostileAfterXML,
                "xmlUrl": "https://ex.org/feed?a=1&b='2'", "htmlUrl": "https://ex.org/<p>",
            ])
    }

    @Test func opmlWithoutDateHasNoDateCreated() throws {
        let opml = try parseXML(OPMLDocument.document(title: "Production", created: nil, outlines: []))
        #expect(opml.child("head")?.children.map(\.name) == ["title"])
        #expect(opml.child("body")?.children.isEmpty == true)
    }

    @Test(arguments: [
        ("2026-11-28", "Sat, 28 Nov 2026 00:00:00 GMT"),
        ("2000-02-29", "Tue, 29 Feb 2000 00:00:00 GMT"),
        ("1970-01-01", "Thu, 01 Jan 1970 00:00:00 GMT"),
        ("2024-03-01", "Fri, 01 Mar 2024 00:00:00 GMT"),
        ("1900-03-01", "Thu, 01 Mar 1900 00:00:00 GMT"),
        ("2026-01-05", "Mon, 05 Jan 2026 00:00:00 GMT"),
    ])
    func rfc822DatesHaveTheRightWeekday(iso: String, expected: String) throws {
        #expect(OPMLDocument.rfc822(try #require(LocalDate(iso: iso))) == expected)
    }

    // MARK: Atom

    @Test func atomFeedHasRequiredElementsAndKeepsHostileText() throws {
        let older = AtomEntry(
            id: "https://ex.org/profils/a/", title: "A", url: "https://ex.org/profils/a/",
            updated: try #require(LocalDate(iso: "2026-03-01")), summary: "Court")
        let newer = AtomEntry(
            id: "https://ex.org/profils/b/?x=1&y=2", title: hostile, url: "https://ex.org/profils/b/?x=1&y=2",
            updated: try #require(LocalDate(iso: "2026-11-28")), summary: hostile)
        let text = AtomFeed.document(
            title: hostile, subtitle: "Qui suivre", siteURL: "https://ex.org/", feedURL: "https://ex.org/feed.xml",
            author: "Générique & co", updatedIfEmpty: try #require(LocalDate(iso: "2020-01-01")),
            entries: [older, newer])
        let feed = try parseXML(text)
        #expect(feed.name == "feed")
        #expect(feed.attributes["xmlns"] == "http://www.w3.org/2005/Atom")
        #expect(feed.attributes["xml:lang"] == "fr")
        #expect(feed.child("id")?.text == "https://ex.org/feed.xml")
        #expect(feed.child("title")?.text == hostileAfterXML)
        #expect(feed.child("subtitle")?.text == "Qui suivre")
        #expect(feed.child("updated")?.text == "2026-11-28T00:00:00Z")
        #expect(feed.child("author")?.child("name")?.text == "Générique & co")
        let links = feed.children.filter { $0.name == "link" }.map(\.attributes)
        #expect(
            links == [
                ["rel": "self", "type": "application/atom+xml", "href": "https://ex.org/feed.xml"],
                ["rel": "alternate", "type": "text/html", "href": "https://ex.org/"],
            ])
        let entries = feed.children.filter { $0.name == "entry" }
        #expect(entries.count == 2)
        #expect(entries[0].children.map(\.name) == ["id", "title", "link", "updated", "summary"])
        #expect(entries[0].child("updated")?.text == "2026-03-01T00:00:00Z")
        #expect(entries[1].child("id")?.text == "https://ex.org/profils/b/?x=1&y=2")
        #expect(entries[1].child("title")?.text == hostileAfterXML)
        #expect(entries[1].child("summary")?.text == hostileAfterXML)
        #expect(
            entries[1].child("link")?.attributes == ["rel": "alternate", "href": "https://ex.org/profils/b/?x=1&y=2"])
    }

    @Test func emptyAtomFeedUsesTheGivenDate() throws {
        let text = AtomFeed.document(
            title: "Vide", subtitle: nil, siteURL: "https://ex.org/", feedURL: "https://ex.org/feed.xml",
            author: "Générique", updatedIfEmpty: try #require(LocalDate(iso: "2026-02-03")), entries: [])
        let feed = try parseXML(text)
        #expect(feed.child("updated")?.text == "2026-02-03T00:00:00Z")
        #expect(feed.child("subtitle") == nil)
        #expect(!feed.children.contains { $0.name == "entry" })
    }

    // MARK: Sitemap and robots.txt

    @Test func sitemapListsEveryURL() throws {
        let text = Sitemap.document(urls: [
            (location: "https://ex.org/", lastModified: nil),
            (location: "https://ex.org/p/?a=1&b=<2>", lastModified: LocalDate(iso: "2026-03-01")),
        ])
        let urlset = try parseXML(text)
        #expect(urlset.name == "urlset")
        #expect(urlset.attributes["xmlns"] == "http://www.sitemaps.org/schemas/sitemap/0.9")
        #expect(urlset.children.map(\.name) == ["url", "url"])
        #expect(urlset.children[0].children.map(\.name) == ["loc"])
        #expect(urlset.children[0].child("loc")?.text == "https://ex.org/")
        #expect(urlset.children[1].child("loc")?.text == "https://ex.org/p/?a=1&b=<2>")
        #expect(urlset.children[1].child("lastmod")?.text == "2026-03-01")
    }

    @Test func robotsPointsToTheSitemap() {
        #expect(
            Sitemap.robots(sitemapURL: "https://ex.org/guide/sitemap.xml")
                == "User-agent: *\nAllow: /\n\nSitemap: https://ex.org/guide/sitemap.xml\n")
    }

    // MARK: JSON

    @Test func jsonIsCompactAndKeepsKeyOrder() {
        let value = JSONValue.object([
            ("b", .number(-12)), ("a", .array([.bool(true), .bool(false), .null, .string("x")])), ("c", .object([])),
        ])
        #expect(value.rendered() == #"{"b":-12,"a":[true,false,null,"x"],"c":{}}"#)
    }

    @Test func jsonEscapesControlsAndScriptBreakers() {
        let value = JSONValue.string("\"\\/\n\r\t\u{8}\u{C}\u{0}\u{1F}<>&\u{2028}\u{2029}é🎬")
        #expect(
            value.rendered()
                == #""\"\\/\n\r\t\b\f\u0000\u001f\u003c\u003e\u0026\u2028\u2029é🎬""#)
    }

    /// The byte-level writer against the rule it implements, applied scalar by scalar.
    @Test func jsonEscapesLikeTheScalarRule() async {
        func escapedByScalars(_ value: String) -> String {
            var text = "\""
            for scalar in value.unicodeScalars {
                switch scalar {
                case "\"": text += "\\\""
                case "\\": text += "\\\\"
                case "\n": text += "\\n"
                case "\r": text += "\\r"
                case "\t": text += "\\t"
                case "\u{08}": text += "\\b"
                case "\u{0C}": text += "\\f"
                case "<", ">", "&", "\u{2028}", "\u{2029}", "\u{0}"..."\u{1F}":
                    let hex = String(scalar.value, radix: 16)
                    text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: text.unicodeScalars.append(scalar)
                }
            }
            return text + "\""
        }
        let pieces = ["\"", "\\", "\n", "\r\n", "\u{1}", "<", ">", "&", "\u{2028}", "\u{2029}", "’", "\u{202F}", "\u{2027}", "\u{2030}", "é", "a", " ", "🎬"]
        let text = Gen<Int>.int(in: 0..<pieces.count).array(of: 0...12).map { $0.map { pieces[$0] }.joined() }
        await propertyCheck(count: 2_000, input: text) { value in
            #expect(JSONValue.string(value).rendered() == escapedByScalars(value), "\(Array(value.unicodeScalars))")
        }
    }

    @Test func jsonStringsSurviveARealParser() throws {
        let text = JSONValue.array([.string(hostile), .string("</script><!--"), .string("\u{2028}")]).rendered()
        #expect(!text.contains("<") && !text.contains(">") && !text.contains("&"))
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String])
        #expect(decoded == [hostile, "</script><!--", "\u{2028}"])
    }

    // MARK: JSON-LD

    @Test func jsonLDPersonSurvivesAScriptElement() throws {
        let name = "Marc \"Le Prod\" </script><script>alert(1)</script>"
        let person = JSONLD.person(
            pageURL: "https://ex.org/profils/marc/", name: name, jobTitle: "Producteur",
            accountURLs: ["https://bsky.app/profile/marc.bsky.social", "https://piaille.fr/@marc"],
            website: "https://marc.fr/", wikidata: WikidataItem("Q3291"),
            societePageURLs: ["https://ex.org/societes/nord-ouest/"])
        let text = JSONLD.graph([person])
        #expect(!text.contains("<"))
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(root["@context"] as? String == "https://schema.org")
        let node = try #require((root["@graph"] as? [[String: Any]])?.first)
        #expect(node["@type"] as? String == "Person")
        #expect(node["@id"] as? String == "https://ex.org/profils/marc/#person")
        #expect(node["name"] as? String == name)
        #expect(node["jobTitle"] as? String == "Producteur")
        #expect(node["url"] as? String == "https://ex.org/profils/marc/")
        #expect(
            node["sameAs"] as? [String] == [
                "https://bsky.app/profile/marc.bsky.social", "https://piaille.fr/@marc", "https://marc.fr/",
                "https://www.wikidata.org/wiki/Q3291",
            ])
        #expect(
            node["worksFor"] as? [[String: String]] == [["@id": "https://ex.org/societes/nord-ouest/#organization"]])
    }

    @Test func jsonLDPersonLeavesOutWhatIsUnknown() {
        let person = JSONLD.person(
            pageURL: "https://ex.org/profils/a/", name: "A", jobTitle: nil, accountURLs: [], website: nil,
            wikidata: nil, societePageURLs: [])
        #expect(
            person.rendered()
                == #"{"@type":"Person","@id":"https://ex.org/profils/a/#person","name":"A","url":"https://ex.org/profils/a/"}"#
        )
    }

    @Test func jsonLDOrganizationUsesItsWebsiteOrItsPage() {
        let withSite = JSONLD.organization(
            pageURL: "https://ex.org/societes/n/", name: "N & co", website: "https://n.fr/",
            accountURLs: ["https://x.com/n"], wikidata: nil)
        #expect(
            withSite.rendered()
                == #"{"@type":"Organization","@id":"https://ex.org/societes/n/#organization","name":"N \u0026 co","url":"https://n.fr/","sameAs":["https://x.com/n","https://n.fr/"]}"#
        )
        let withoutSite = JSONLD.organization(
            pageURL: "https://ex.org/societes/n/", name: "N", website: nil, accountURLs: [], wikidata: nil)
        #expect(
            withoutSite.rendered()
                == #"{"@type":"Organization","@id":"https://ex.org/societes/n/#organization","name":"N","url":"https://ex.org/societes/n/"}"#
        )
    }

    @Test func jsonLDCollectionPageNumbersItsItemsFromOne() throws {
        let page = JSONLD.collectionPage(
            pageURL: "https://ex.org/metiers/production/", name: "Production", siteURL: "https://ex.org/",
            itemURLs: ["https://ex.org/profils/a/", "https://ex.org/profils/b/"])
        let site = JSONLD.webSite(
            siteURL: "https://ex.org/", name: "Générique", description: "Qui suivre", language: "fr")
        let text = JSONLD.graph([site, page])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let graph = try #require(root["@graph"] as? [[String: Any]])
        #expect(graph.count == 2)
        #expect(graph[0]["@type"] as? String == "WebSite")
        #expect(graph[0]["@id"] as? String == "https://ex.org/#website")
        #expect(graph[0]["inLanguage"] as? String == "fr")
        #expect(graph[1]["@type"] as? String == "CollectionPage")
        #expect(graph[1]["isPartOf"] as? [String: String] == ["@id": "https://ex.org/#website"])
        let list = try #require(graph[1]["mainEntity"] as? [String: Any])
        #expect(list["@type"] as? String == "ItemList")
        #expect(list["numberOfItems"] as? Int == 2)
        let items = try #require(list["itemListElement"] as? [[String: Any]])
        #expect(items.map { $0["@type"] as? String } == ["ListItem", "ListItem"])
        #expect(items.map { $0["position"] as? Int } == [1, 2])
        #expect(items.map { $0["url"] as? String } == ["https://ex.org/profils/a/", "https://ex.org/profils/b/"])
    }

    // MARK: Mastodon CSV

    @Test func followingCSVHasMastodonsHeaderAndOneRowPerAccount() {
        let accounts = [
            Account(network: .bluesky, handle: "marc.bsky.social"),
            Account(network: .mastodon, handle: "marc@piaille.fr"),
            Account(network: .x, handle: "marc"),
            Account(network: .mastodon, handle: "nordouest@mastodon.social"),
        ]
        let addresses = accounts.compactMap(\.mastodonAddress)
        #expect(addresses == ["marc@piaille.fr", "nordouest@mastodon.social"])
        let text = MastodonExport.followingCSV(addresses: addresses + ["marc@piaille.fr"])
        #expect(
            text == """
                Account address,Show boosts,Notify on new posts,Languages
                marc@piaille.fr,true,false,
                nordouest@mastodon.social,true,false,

                """)
        #expect(Array(text.utf8.prefix(57)) == Array("Account address,Show boosts,Notify on new posts,Languages".utf8))
    }

    @Test func addressesDifferingOnlyInCaseAreOneAccount() {
        let addresses = ["Elodie@piaille.fr", "marc@piaille.fr", "elodie@piaille.fr", "ELODIE@piaille.fr"]
        #expect(
            MastodonExport.followingCSV(addresses: addresses)
                == "Account address,Show boosts,Notify on new posts,Languages\nElodie@piaille.fr,true,false,\nmarc@piaille.fr,true,false,\n")
        #expect(
            MastodonExport.listCSV(lists: [(name: "Production", addresses: addresses)])
                == "Production,Elodie@piaille.fr\nProduction,marc@piaille.fr\n")
    }

    @Test func listCSVQuotesListNamesAndHasNoHeader() {
        let name = "Réalisation, \"courts\""
        let text = MastodonExport.listCSV(lists: [
            (name: name, addresses: ["a@piaille.fr", "b@mastodon.social", "a@piaille.fr"]),
            (name: "Montage\nson", addresses: ["a@piaille.fr"]),
            (name: "Vide", addresses: []),
        ])
        #expect(text.hasPrefix("\"Réalisation, \"\"courts\"\"\",a@piaille.fr\n"))
        #expect(
            parseCSV(text) == [
                [name, "a@piaille.fr"], [name, "b@mastodon.social"], ["Montage\nson", "a@piaille.fr"],
            ])
        #expect(
            MastodonExport.listCSV(lists: [(name: "Production", addresses: ["p@piaille.fr"])])
                == "Production,p@piaille.fr\n")
    }

    // MARK: Feeds

    @Test(
        arguments: [
            (Account(network: .mastodon, handle: "marc@piaille.fr"), "https://piaille.fr/@marc.rss"),
            (Account(network: .bluesky, handle: "marc.bsky.social"), "https://bsky.app/profile/marc.bsky.social/rss"),
            (Account(network: .bluesky, handle: "did:plc:abc123"), "https://bsky.app/profile/did:plc:abc123/rss"),
            (Account(network: .letterboxd, handle: "marc_m"), "https://letterboxd.com/marc_m/rss/"),
            (
                Account(network: .youtube, handle: "UCabcdefghijklmnopqrstuv"),
                "https://www.youtube.com/feeds/videos.xml?channel_id=UCabcdefghijklmnopqrstuv"
            ),
            (Account(network: .youtube, handle: "marcfilms"), nil),
            (Account(network: .x, handle: "marc"), nil),
            (Account(network: .instagram, handle: "marc"), nil),
            (Account(network: .threads, handle: "marc"), nil),
            (Account(network: .tiktok, handle: "marc"), nil),
            (Account(network: .linkedin, handle: "marc-m"), nil),
        ] as [(Account, String?)])
    func feedURLPerNetwork(account: Account, expected: String?) {
        #expect(account.feedURL == expected)
    }

    @Test func profileFeedsComeInAFixedOrderThenTheSite() {
        // Accounts are stored in network order (Bluesky before Mastodon); feeds put Mastodon first.
        let profile = makeProfile(
            accounts: [
                Account(network: .bluesky, handle: "marc.bsky.social"),
                Account(network: .mastodon, handle: "marc@piaille.fr"),
                Account(network: .x, handle: "marc"), Account(network: .letterboxd, handle: "marcm"),
                Account(network: .youtube, handle: "UCabcdefghijklmnopqrstuv"),
            ],
            website: "https://marc.fr/", feed: "https://marc.fr/feed.xml")
        #expect(
            FeedOutlines.feeds(of: profile) == [
                FeedOutline(
                    text: "Marc Missonnier — Mastodon", xmlURL: "https://piaille.fr/@marc.rss",
                    htmlURL: "https://piaille.fr/@marc"),
                FeedOutline(
                    text: "Marc Missonnier — Bluesky", xmlURL: "https://bsky.app/profile/marc.bsky.social/rss",
                    htmlURL: "https://bsky.app/profile/marc.bsky.social"),
                FeedOutline(
                    text: "Marc Missonnier — Letterboxd", xmlURL: "https://letterboxd.com/marcm/rss/",
                    htmlURL: "https://letterboxd.com/marcm/"),
                FeedOutline(
                    text: "Marc Missonnier — YouTube",
                    xmlURL: "https://www.youtube.com/feeds/videos.xml?channel_id=UCabcdefghijklmnopqrstuv",
                    htmlURL: "https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv"),
                FeedOutline(
                    text: "Marc Missonnier — site", xmlURL: "https://marc.fr/feed.xml", htmlURL: "https://marc.fr/"),
            ])
        let feedOnly = makeProfile(accounts: [], website: nil, feed: "https://blog.example/rss")
        #expect(
            FeedOutlines.feeds(of: feedOnly) == [
                FeedOutline(
                    text: "Marc Missonnier — site", xmlURL: "https://blog.example/rss",
                    htmlURL: "https://blog.example/rss")
            ])
    }

    @Test func societeFeedsComeFromItsAccounts() {
        let societe = Societe(
            key: "nord-ouest", name: "Nord-Ouest Films", sortKey: CollationKey("Nord-Ouest Films"), kind: .production,
            website: "https://nord-ouest.fr/",
            accounts: [
                Account(network: .instagram, handle: "nordouest"), Account(network: .mastodon, handle: "no@piaille.fr"),
            ],
            sources: [], description: .empty, sourcePath: "content/societes/nord-ouest.md")
        #expect(
            FeedOutlines.feeds(of: societe) == [
                FeedOutline(
                    text: "Nord-Ouest Films — Mastodon", xmlURL: "https://piaille.fr/@no.rss",
                    htmlURL: "https://piaille.fr/@no")
            ])
    }
}

// MARK: - Helpers

private func makeProfile(accounts: [Account], website: String?, feed: String?) -> Profile {
    Profile(
        slug: "marc-missonnier", name: "Marc Missonnier", sortKey: CollationKey("Missonnier, Marc"), kind: .person,
        professions: ["production"], role: "Producteur", companies: [], accounts: accounts, website: website,
        feed: feed, added: nil, verified: nil, sources: [], draft: false, bio: .empty,
        sourcePath: "content/profils/marc-missonnier.md")
}
