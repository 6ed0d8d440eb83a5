import GeneriqueCore
import Testing

@Suite struct HandleRulesTests {
    @Test(arguments: [
        (Network.x, "@Festival_Cannes", "Festival_Cannes"),
        (.x, "https://twitter.com/CNC", "CNC"),
        (.bluesky, "Gaumont.BSKY.social", "gaumont.bsky.social"),
        (.bluesky, "https://bsky.app/profile/cinema.fr", "cinema.fr"),
        (.bluesky, "did:plc:abc123", "did:plc:abc123"),
        (.mastodon, "@cinema@piaille.fr", "cinema@piaille.fr"),
        (.mastodon, "https://piaille.fr/@cinema", "cinema@piaille.fr"),
        (.instagram, "festivaldecannes", "festivaldecannes"),
        (.threads, "https://www.threads.net/@cinema.fr", "cinema.fr"),
        (.letterboxd, "https://letterboxd.com/cahiers/", "cahiers"),
        (.youtube, "@CinémaFrançais", "CinémaFrançais"),
        (.youtube, "UCabcdefghijklmnopqrstuv", "UCabcdefghijklmnopqrstuv"),
        (.tiktok, "cnc.fr", "cnc.fr"),
        (.linkedin, "https://www.linkedin.com/company/gaumont/", "gaumont"),
    ])
    func normalizes(network: Network, raw: String, expected: String) async throws {
        #expect(try HandleRules.normalize(raw, for: network).get() == expected)
    }

    @Test(arguments: [
        (Network.x, "much_too_long_handle"), (.x, "a-b"), (.bluesky, "nodot"), (.bluesky, "-a.com"),
        (.bluesky, "a.123"), (.mastodon, "cinema"), (.mastodon, "ci@na@x.fr"), (.mastodon, "user@localhost"),
        (.instagram, ".dot"), (.instagram, "a..b"), (.tiktok, "x"), (.tiktok, "end."), (.linkedin, "ab"),
        (.youtube, "ab"), (.x, "https://evil.example/CNC"), (.letterboxd, "a b"),
    ])
    func rejects(network: Network, raw: String) async {
        #expect(throws: HandleProblem.self) { try HandleRules.normalize(raw, for: network).get() }
    }

    @Test func buildsProfileURLs() async {
        #expect(Network.mastodon.profileURL(handle: "cinema@piaille.fr", isOrganization: false) == "https://piaille.fr/@cinema")
        #expect(Network.linkedin.profileURL(handle: "gaumont", isOrganization: true) == "https://www.linkedin.com/company/gaumont/")
        #expect(Network.linkedin.profileURL(handle: "marc", isOrganization: false) == "https://www.linkedin.com/in/marc/")
        #expect(Network.mastodon.displayHandle("cinema@piaille.fr") == "@cinema@piaille.fr")
    }
}
