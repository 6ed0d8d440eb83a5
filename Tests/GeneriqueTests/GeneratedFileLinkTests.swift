import GeneriqueBuild
import GeneriqueContent
import GeneriqueCore
import Testing

/// Links from Markdown to the files a build writes besides pages — feeds, sitemap, open data, the search
/// page, follow files — are links to the site: accepted and given the base path when the build writes the
/// file, `broken-link` at their position when it does not (a group without Mastodon accounts has no CSV).
@Suite struct GeneratedFileLinkTests {
    /// Production: Anne (Mastodon and Bluesky); réalisation: Bruno (Bluesky only, so a feed but no Mastodon
    /// file); montage: Chloé (X only: nothing to follow); Gaumont: Anne and its own YouTube channel (a feed);
    /// Haut et Court: Bruno, and a draft with a Mastodon account.
    private static func files(bio: String = "Bio.") -> [String: String] {
        [
            "metiers/production.md": TestSite.metier("Productrices et producteurs", label: "Production", order: 1),
            "metiers/realisation.md": TestSite.metier("Réalisatrices et réalisateurs", label: "Réalisation", order: 2),
            "metiers/montage.md": TestSite.metier("Monteuses et monteurs", label: "Montage", order: 3),
            "societes/gaumont.md": "---\nname: Gaumont\nkind: production\naccounts:\n  youtube: UCabcdefghijklmnopqrstuv\n---\n",
            "societes/haut-et-court.md": TestSite.societe("Haut et Court"),
            "profils/anne.md": TestSite.profile(
                "Anne", professions: ["production"], companies: ["gaumont"],
                extra: "accounts:\n  mastodon: anne@piaille.example\n  bluesky: anne.example.org\n"),
            "profils/bruno.md": TestSite.profile(
                "Bruno", professions: ["realisation"], companies: ["haut-et-court"],
                extra: "accounts:\n  bluesky: bruno.example.org\n"),
            "profils/chloe.md": TestSite.profile("Chloé", professions: ["montage"], extra: "accounts:\n  x: chloe\n")
                .replacingOccurrences(of: "Bio de Chloé.", with: bio),
            "profils/brouillon.md": TestSite.profile(
                "Brouillon", professions: ["montage"], companies: ["haut-et-court"],
                extra: "draft: true\naccounts:\n  mastodon: brouillon@piaille.example\n"),
        ]
    }

    /// Every follow file a group of this site could have, by path after the base path.
    private static let followFiles: [String] = {
        var paths = ["donnees/following_accounts_guide.csv", "donnees/listes-mastodon.csv", "donnees/flux.opml"]
        for (folder, key) in [
            ("metiers", "production"), ("metiers", "realisation"), ("metiers", "montage"), ("societes", "gaumont"),
            ("societes", "haut-et-court"),
        ] {
            paths += ["following_accounts_\(key).csv", "liste-mastodon-\(key).csv", "flux-\(key).opml"].map {
                "\(folder)/\(key)/\($0)"
            }
        }
        return paths
    }()

    private static let alwaysWritten = [
        "atom.xml", "sitemap.xml", "robots.txt", "404.html", "donnees/guide.json", "recherche/index.json",
    ]

    @Test(arguments: alwaysWritten + ["recherche/", "metiers/production/following_accounts_production.csv"])
    func linksToFilesTheBuildWritesGetTheBasePath(path: String) async {
        let result = await ContentLoader.load(TestSite.tree(Self.files(bio: "[fichier](/\(path))")))
        #expect(result.diagnostics.filter { $0.severity == .error }.map(\.formatted) == [])
        let chloe = result.content?.profiles.first { $0.slug == "chloe" }
        #expect(chloe?.bio.html.contains("href=\"/guide/\(path)\"") == true)
    }

    /// The links accepted are exactly the follow files a build writes, whatever the group: each link to
    /// another one is an error at its own position.
    @Test(arguments: [false, true])
    func followFileLinksAreAcceptedExactlyWhenTheBuildWritesTheFile(includeDrafts: Bool) async throws {
        let built = await SiteGenerator.generate(TestSite.tree(Self.files()), includeDrafts: includeDrafts)
        let written = Set(try #require(built.files).map(\.path))
        let bio = Self.followFiles.map { "[f](/\($0))" }.joined(separator: "\n\n")
        let result = await ContentLoader.load(TestSite.tree(Self.files(bio: bio)), includeDrafts: includeDrafts)
        let refused = result.diagnostics.filter { $0.code == "broken-link" }
        // Line 7 is the bio's first line; each link has its paragraph.
        let expectedLines = Self.followFiles.indices.filter { !written.contains(Self.followFiles[$0]) }.map { 7 + 2 * $0 }
        #expect(refused.map(\.location.line) == expectedLines)
        #expect(refused.allSatisfy { $0.location.path == "content/profils/chloe.md" && $0.location.column == 1 })
        #expect(result.diagnostics.count == refused.count)
        #expect(!expectedLines.isEmpty && expectedLines.count < Self.followFiles.count)
    }

    @Test func aLinkToAFollowFileNotWrittenSaysWhy() async throws {
        let result = await ContentLoader.load(
            TestSite.tree(Self.files(bio: "Voir [la liste](/metiers/montage/following_accounts_montage.csv).")))
        let diagnostic = try #require(result.diagnostics.first)
        #expect(
            diagnostic.formatted == """
                content/profils/chloe.md:7:6: error: link to '/metiers/montage/following_accounts_montage.csv', \
                a file this build does not write [broken-link]
                  hint: no published member of métier 'montage' has a Mastodon account
                """)
        #expect(result.content == nil)
    }

    @Test func linksToFollowFilesOfUnknownGroupsAreBroken() async {
        let result = await ContentLoader.load(
            TestSite.tree(Self.files(bio: "[x](/metiers/son/following_accounts_son.csv)")))
        #expect(result.diagnostics.map(\.code) == ["broken-link"])
    }

    /// A built site: the bio's links lead to files of the output, with the base path.
    @Test func aBuiltBioLinksTheFeedAndAMetiersFollowFile() async throws {
        let bio = "[Le flux](/atom.xml) et [les comptes](/metiers/production/following_accounts_production.csv)"
        let result = await SiteGenerator.generate(TestSite.tree(Self.files(bio: bio)))
        let files = try #require(result.files)
        let page = try #require(files.first { $0.path == "profils/chloe/index.html" })
        let html = String(decoding: page.bytes, as: UTF8.self)
        #expect(html.contains("href=\"/guide/atom.xml\""))
        #expect(html.contains("href=\"/guide/metiers/production/following_accounts_production.csv\""))
        let paths = Set(files.map(\.path))
        #expect(paths.contains("atom.xml") && paths.contains("metiers/production/following_accounts_production.csv"))
    }
}
