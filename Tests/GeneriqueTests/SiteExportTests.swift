import Foundation
import GeneriqueBuild
import GeneriqueContent
import GeneriqueCore
import GeneriqueIndex
import Testing

/// The files that are not pages, built with the shipped theme, each read back by a real parser and compared
/// with what the content says (computed here from the model, not by the export code).
@Suite struct SiteExportTests {
    private struct Site {
        let files: [String: String]
        let index: SiteIndex
        let baseURL: String
    }

    /// 60 profiles with the shipped theme: Mastodon and Bluesky accounts on most, none at all in one métier
    /// (which must say so), one société with its own account, dates for the feed and the sitemap.
    private static func generatedSite(siteYAML: String = TestSite.siteYAML) async throws -> Site {
        var content = [
            "metiers/production.md": TestSite.metier("Productrices et producteurs", label: "Production", order: 1),
            "metiers/distribution.md": TestSite.metier("Distributrices et distributeurs", label: "Distribution", order: 2),
            "metiers/critique.md": TestSite.metier("Critiques", label: "Critique", order: 3),
            "societes/gaumont.md": "---\nname: Gaumont\nkind: production\naccounts:\n  mastodon: \"@gaumont@piaille.fr\"\n---\nSociété.\n",
        ]
        for index in 0..<60 {
            let metier = index % 10 == 0 ? "critique" : index % 2 == 0 ? "production" : "distribution"
            var extra = "added: 2026-\(String(format: "%02d", index % 12 + 1))-\(String(format: "%02d", index % 28 + 1))\n"
            if metier != "critique" {
                extra += "accounts:\n  bluesky: p\(index).bsky.social\n"
                if index % 3 != 0 { extra += "  mastodon: \"@p\(index)@piaille.fr\"\n" }
                if index % 5 == 1 { extra += "confirmed: [bluesky]\n" }
            }
            content["profils/personne-\(index).md"] = TestSite.profile(
                "Personne \(index)", professions: [metier], companies: index % 4 == 1 ? ["gaumont"] : [], extra: extra)
        }
        let (theme, _) = try await SourceReader.read(folders: ["templates"], root: TestPaths.packageRoot)
        let tree = SourceTree(files: TestSite.tree(content, site: siteYAML).files.filter { !$0.path.hasPrefix("templates/") } + theme.files)
        let result = await SiteGenerator.generate(tree)
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.formatted) == [])
        let files = try #require(result.files)
        let loaded = try #require(await ContentLoader.load(tree).content)
        return Site(
            files: Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) }),
            index: SiteIndex(content: loaded, includeDrafts: false), baseURL: loaded.config.baseURL)
    }

    @Test func mastodonFollowFilesListEveryAccountOfTheGroup() async throws {
        let site = try await Self.generatedSite()
        var groupsWithFiles = 0
        for group in site.index.metiers {
            let key = group.metier.key
            let expected = Set(group.members.flatMap { $0.accounts.filter { $0.network == .mastodon }.map(\.handle) })
            let page = try #require(site.files["metiers/\(key)/index.html"])
            guard let csv = site.files["metiers/\(key)/following_accounts_\(key).csv"] else {
                #expect(expected.isEmpty, "metiers/\(key): \(expected.count) Mastodon accounts but no follow file")
                #expect(page.contains("rien à importer"), "metiers/\(key) must say there is nothing to follow")
                continue
            }
            groupsWithFiles += 1
            #expect(csv.hasPrefix("Account address,Show boosts,Notify on new posts,Languages\n"))
            let rows = parseCSV(csv).dropFirst()
            #expect(Set(rows.map { $0[0] }) == expected)
            #expect(rows.count == expected.count)
            #expect(rows.allSatisfy { $0.count == 4 && $0[1...] == ["true", "false", ""] })
            // The page states what the link does, its format and its size.
            let size = FrenchFormat.fileSize(csv.utf8.count)
            let label = expected.count == 1 ? "Suivre le compte Mastodon" : "Suivre les \(expected.count) comptes Mastodon"
            #expect(page.contains("following_accounts_\(key).csv\" download>\(label)</a> <span class=\"download-meta\">(CSV, \(size))"))
            let lists = parseCSV(try #require(site.files["metiers/\(key)/liste-mastodon-\(key).csv"]))
            #expect(Set(lists.map { $0[1] }) == expected)
            #expect(Set(lists.map { $0[0] }).count == 1, "one list per métier")
            // Importing a list follows its accounts too: the how-to says so, and how to keep them out of home.
            #expect(page.contains("L’import de la liste suit aussi chaque compte"), "metiers/\(key)")
            #expect(page.contains("«&nbsp;Cacher les membres de la page d’accueil&nbsp;»"), "metiers/\(key)")
            #expect(!page.contains("Un fil à part"), "metiers/\(key)")
        }
        #expect(groupsWithFiles == 2, "production and distribution have Mastodon accounts, critique none")
        let societe = parseCSV(try #require(site.files["societes/gaumont/following_accounts_gaumont.csv"])).dropFirst()
        #expect(societe.first?.first == "gaumont@piaille.fr", "a société's own account comes first")
        let guide = parseCSV(try #require(site.files["donnees/following_accounts_guide.csv"])).dropFirst()
        let all = Set(site.index.profiles.flatMap { $0.accounts.filter { $0.network == .mastodon }.map(\.handle) })
        #expect(Set(guide.map { $0[0] }) == all)
    }

    @Test func feedListsAtomAndSitemapAreWellFormedWithAbsoluteURLs() async throws {
        let site = try await Self.generatedSite()
        for (path, text) in site.files where path.hasSuffix(".opml") {
            let opml = try parseXML(text)
            #expect(opml.name == "opml" && opml.attributes["version"] == "2.0", "\(path)")
            #expect(opml.child("head")?.child("title")?.text.isEmpty == false, "\(path)")
            let outlines = try #require(opml.child("body")).children
            #expect(!outlines.isEmpty && outlines.allSatisfy { $0.attributes["xmlUrl"]?.hasPrefix("https://") == true }, "\(path)")
        }

        let atom = try parseXML(try #require(site.files["atom.xml"]))
        #expect(atom.name == "feed")
        #expect(atom.child("id")?.text == site.baseURL + "atom.xml")
        #expect(atom.child("updated") != nil && atom.child("title") != nil && atom.child("author")?.child("name") != nil)
        let entries = atom.children.filter { $0.name == "entry" }
        let dated = site.index.profiles.filter { $0.added != nil }
        #expect(entries.count == min(dated.count, 50))
        let updates = entries.compactMap { $0.child("updated")?.text }
        #expect(updates == updates.sorted(by: >), "newest first")
        for entry in entries {
            #expect(entry.child("id")?.text.hasPrefix(site.baseURL) == true)
            #expect(entry.children.first { $0.name == "link" }?.attributes["href"]?.hasPrefix(site.baseURL) == true)
        }

        let sitemap = try parseXML(try #require(site.files["sitemap.xml"]))
        let locations = sitemap.children.compactMap { $0.child("loc")?.text }
        let pages = site.files.keys.filter { $0.hasSuffix("index.html") }
        #expect(locations.count == pages.count, "every page but 404.html")
        #expect(locations.allSatisfy { $0.hasPrefix(site.baseURL) })
        for profile in site.index.profiles {
            #expect(locations.contains(site.baseURL + "profils/\(profile.slug)/"))
        }
        #expect(site.files["robots.txt"]?.contains("Sitemap: \(site.baseURL)sitemap.xml") == true)
    }

    /// The schema documented in the README ("Open data").
    private struct Guide: Decodable {
        struct Account: Decodable { let network: String; let handle: String; let url: String; let confirmed: Bool }
        struct Metier: Decodable { let key: String; let title: String; let label: String; let url: String; let profiles: [String] }
        struct Societe: Decodable {
            let key: String; let name: String; let kind: String; let url: String; let website: String?
            let accounts: [Account]; let profiles: [String]; let sources: [String]
        }
        struct Profile: Decodable {
            let slug: String; let name: String; let kind: String; let role: String?; let url: String
            let metiers: [String]; let societes: [String]; let accounts: [Account]; let website: String?
            let feed: String?; let added: String?; let verified: String?; let sources: [String]
        }
        let schemaVersion: Int
        let title: String
        let url: String
        let metiers: [Metier]
        let societes: [Societe]
        let profiles: [Profile]
    }

    @Test func openDataDecodesWithTheDocumentedSchema() async throws {
        let site = try await Self.generatedSite()
        let guide = try JSONDecoder().decode(Guide.self, from: Data(try #require(site.files["donnees/guide.json"]).utf8))
        #expect(guide.schemaVersion == 2)
        #expect(guide.profiles.map(\.slug) == site.index.profiles.map(\.slug))
        #expect(guide.metiers.map(\.key) == site.index.metiers.map(\.metier.key))
        #expect(guide.societes.count == site.index.societes.count)
        #expect(guide.profiles.allSatisfy { $0.url.hasPrefix(guide.url) && $0.accounts.allSatisfy { $0.url.hasPrefix("https://") } })
        let accounts = guide.profiles.reduce(0) { $0 + $1.accounts.count }
        #expect(accounts == site.index.profiles.reduce(0) { $0 + $1.accounts.count })
        let confirmed = site.index.profiles.flatMap { $0.accounts.map(\.isConfirmed) }
        #expect(guide.profiles.flatMap { $0.accounts.map(\.confirmed) } == confirmed)
        #expect(guide.profiles.flatMap(\.accounts).contains { $0.confirmed })
    }

    @Test func searchIndexKeysAreFoldedForAccentInsensitiveSearch() async throws {
        let site = try await Self.generatedSite()
        struct Entry: Decodable { let name: String; let about: String; let url: String; let key: String }
        let entries = try JSONDecoder().decode([Entry].self, from: Data(try #require(site.files["recherche/index.json"]).utf8))
        #expect(entries.count == site.index.profiles.count)
        for entry in entries {
            #expect(entry.key.contains(TextFolding.foldForSearch(entry.name)), "\(entry.name)")
            #expect(entry.key == entry.key.lowercased())
            #expect(!entry.key.contains { "éèêàçôœ".contains($0) }, "\(entry.key)")
        }
    }

    /// One Mastodon account written with different cases on two profiles is followed once, with the first
    /// spelling, in every follow file; the link goes to the lowercased domain.
    @Test func mastodonAddressesDifferingInCaseAreFollowedOnce() async throws {
        let tree = TestSite.tree([
            "metiers/production.md": TestSite.metier("Productrices et producteurs", label: "Production", order: 1),
            "profils/a.md": TestSite.profile("A", professions: ["production"], extra: "accounts:\n  mastodon: \"@Elodie@Piaille.FR\"\n"),
            "profils/b.md": TestSite.profile("B", professions: ["production"], extra: "accounts:\n  mastodon: elodie@piaille.fr\n"),
        ])
        let result = await SiteGenerator.generate(tree)
        let files = Dictionary(
            uniqueKeysWithValues: try #require(result.files).map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
        for path in ["metiers/production/following_accounts_production.csv", "donnees/following_accounts_guide.csv"] {
            #expect(parseCSV(try #require(files[path])).dropFirst().map { $0[0] } == ["Elodie@piaille.fr"], "\(path)")
        }
        for path in ["metiers/production/liste-mastodon-production.csv", "donnees/listes-mastodon.csv"] {
            #expect(parseCSV(try #require(files[path])).map { $0[1] } == ["Elodie@piaille.fr"], "\(path)")
        }
        #expect(try #require(files["metiers/production/index.html"]).contains("Suivre le compte Mastodon</a>"))
        #expect(try #require(files["profils/a/index.html"]).contains("href=\"https://piaille.fr/@Elodie\""))
    }

    /// A société and the profile of its own official account list the same Letterboxd account: the société's
    /// feed list holds that feed once, and its page counts one.
    @Test func aFeedSharedByASocieteAndItsOfficialAccountIsListedOnce() async throws {
        let tree = TestSite.tree([
            "metiers/festivals.md": TestSite.metier("Festivals et marchés", label: "Festivals", order: 1),
            "societes/cannes.md": "---\nname: Cannes\nkind: festival\naccounts:\n  letterboxd: festival_cannes\n---\nFestival.\n",
            "profils/cannes-officiel.md": TestSite.profile(
                "Cannes", professions: ["festivals"], companies: ["cannes"],
                extra: "kind: organization\naccounts:\n  letterboxd: festival_cannes\n"),
        ])
        let files = Dictionary(
            uniqueKeysWithValues: try #require(await SiteGenerator.generate(tree).files)
                .map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
        let opml = try #require(files["societes/cannes/flux-cannes.opml"])
        #expect(opml.components(separatedBy: "xmlUrl=\"https://letterboxd.com/festival_cannes/rss/\"").count == 2)
        #expect(try #require(files["societes/cannes/index.html"]).contains("S’abonner au flux</a>"))
    }

    /// The A–Z page's structured data lists every profile page, in the page's order.
    @Test func profileIndexJSONLDListsEveryone() async throws {
        let site = try await Self.generatedSite()
        let html = try #require(site.files["profils/index.html"])
        let json = html.components(separatedBy: "<script type=\"application/ld+json\">")[1].components(separatedBy: "</script>")[0]
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let graph = try #require(root["@graph"] as? [[String: Any]])
        let page = try #require(graph.first { $0["@type"] as? String == "CollectionPage" })
        let list = try #require(page["mainEntity"] as? [String: Any])
        #expect(list["numberOfItems"] as? Int == site.index.profiles.count)
        let items = try #require(list["itemListElement"] as? [[String: Any]])
        #expect(items.map { $0["position"] as? Int } == Array(1...site.index.profiles.count))
        let base = try #require(URL(string: site.baseURL))
        let listed = HTMLScanner.startTags(in: html).compactMap { tag -> String? in
            guard tag.name == "a", let href = tag.attributes.first(where: { $0.name == "href" })?.value,
                href.contains("/profils/"), !href.hasSuffix("/profils/") else { return nil }
            return URL(string: href, relativeTo: base)?.absoluteString
        }
        #expect(listed.count == site.index.profiles.count)
        #expect(items.map { $0["url"] as? String } == listed.map(Optional.some), "the page's order, A to Z")
    }

    /// `rel="me"` claims the same owner: only the guide's own accounts get it, never listed people's; and the
    /// guide's Mastodon account is named as the creator for link previews.
    @Test func relMeOnlyOnTheGuidesOwnAccounts() async throws {
        let site = try await Self.generatedSite(siteYAML: TestSite.siteYAML + "\naccounts:\n  mastodon: \"@guide@piaille.fr\"\n")
        for (path, html) in site.files where path.hasSuffix(".html") {
            let relMe = HTMLScanner.startTags(in: html).filter { tag in
                tag.attributes.contains { $0.name == "rel" && $0.value.split(separator: " ").contains("me") }
            }
            #expect(relMe.map { $0.attributes.first { $0.name == "href" }?.value } == ["https://piaille.fr/@guide"], "\(path)")
            #expect(html.contains("<meta name=\"fediverse:creator\" content=\"@guide@piaille.fr\">"), "\(path)")
        }
        let profile = try #require(site.files["profils/personne-1/index.html"])
        #expect(profile.contains("https://piaille.fr/@p1"), "the profile links its own account, without rel=me")
        #expect(profile.contains("<meta property=\"og:type\" content=\"profile\">"))
    }
}
