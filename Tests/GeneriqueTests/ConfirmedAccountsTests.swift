import Foundation
import GeneriqueBuild
import GeneriqueContent
import GeneriqueCore
import Testing

/// `confirmed: [mastodon, …]` marks the accounts `generique verify` found to belong to the entry: the model
/// keeps it on each account, pages and open data say so, and nothing that identifies an account changes.
@Suite struct ConfirmedAccountsTests {
    private static let production = TestSite.metier("Productrices et producteurs", label: "Production", order: 1)
    private static let accounts = "accounts:\n  mastodon: \"@elodie@piaille.fr\"\n  bluesky: elodie.example.org\n"

    private static func content(confirmed: Bool) -> [String: String] {
        [
            "metiers/production.md": production,
            "societes/gaumont.md": "---\nname: Gaumont\nkind: production\naccounts:\n  x: Gaumont\n  linkedin: gaumont\n"
                + (confirmed ? "confirmed: [linkedin]\n" : "") + "---\nSociété.\n",
            "profils/elodie.md": TestSite.profile(
                "Élodie", professions: ["production"], companies: ["gaumont"],
                extra: Self.accounts + (confirmed ? "confirmed:\n  - mastodon\n" : "")),
        ]
    }

    @Test func theModelMarksTheAccountsOfTheNetworksListed() async throws {
        let content = try #require(await ContentLoader.load(TestSite.tree(Self.content(confirmed: true))).content)
        let profile = try #require(content.profiles.first)
        #expect(profile.accounts.map(\.network) == [.bluesky, .mastodon])
        #expect(profile.accounts.map(\.isConfirmed) == [false, true])
        #expect(content.societes.first?.accounts.map(\.isConfirmed) == [false, true])
        let plain = try #require(await ContentLoader.load(TestSite.tree(Self.content(confirmed: false))).content)
        #expect(plain.profiles.first?.accounts.map(\.identity) == profile.accounts.map(\.identity))
    }

    @Test func pagesSayCompteConfirméOnTheConfirmedAccountsOnly() async throws {
        let files = try await buildWithShippedTheme(Self.content(confirmed: true))
        let profile = try #require(files["profils/elodie/index.html"])
        let links = profile.components(separatedBy: "<li class=\"account ").dropFirst()
        let mastodon = try #require(links.first { $0.hasPrefix("account--mastodon") })
        #expect(mastodon.contains("aria-label=\"Élodie sur Mastodon (@elodie@piaille.fr), compte confirmé\""))
        #expect(mastodon.contains("<span class=\"account-confirmed\">compte confirmé</span></a>"))
        let bluesky = try #require(links.first { $0.hasPrefix("account--bluesky") })
        #expect(!bluesky.contains("confirmé"))
        let societe = try #require(files["societes/gaumont/index.html"])
        #expect(societe.components(separatedBy: "compte confirmé</span>").count == 2, "the LinkedIn account only")
        #expect(societe.contains("aria-label=\"Gaumont sur LinkedIn (gaumont), compte confirmé\""))
        #expect(try #require(files["index.html"]).contains("confirmé") == false, "the guide's own accounts are not")
    }

    @Test func openDataSaysWhichAccountsAreConfirmed() async throws {
        let files = try await buildWithShippedTheme(Self.content(confirmed: true))
        let guide = try #require(files["donnees/guide.json"])
        #expect(guide.contains(
            "\"network\":\"mastodon\",\"handle\":\"elodie@piaille.fr\",\"url\":\"https://piaille.fr/@elodie\",\"confirmed\":true"))
        #expect(guide.contains("\"network\":\"bluesky\",\"handle\":\"elodie.example.org\",\"url\":\"https://bsky.app/profile/elodie.example.org\",\"confirmed\":false"))
        #expect(guide.contains("\"network\":\"linkedin\",\"handle\":\"gaumont\",\"url\":\"https://www.linkedin.com/company/gaumont/\",\"confirmed\":true"))
    }

    /// Confirmation is about the entry, not the account: follow files and feeds list the same accounts.
    @Test func followFilesIgnoreIt() async throws {
        let confirmed = try await buildWithShippedTheme(Self.content(confirmed: true))
        let plain = try await buildWithShippedTheme(Self.content(confirmed: false))
        let follow = confirmed.keys.filter { $0.hasSuffix(".csv") || $0.hasSuffix(".opml") }
        #expect(follow.count >= 6)
        for path in follow { #expect(confirmed[path] == plain[path], "\(path)") }
    }
}
