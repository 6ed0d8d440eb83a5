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
        (.mastodon, "@Elodie@Piaille.FR", "Elodie@piaille.fr"),
        (.mastodon, "https://Piaille.FR/@Elodie", "Elodie@piaille.fr"),
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

    @Test func theMastodonLinkUsesTheLowercasedDomain() async throws {
        let handle = try HandleRules.normalize("Elodie@Piaille.FR", for: .mastodon).get()
        #expect(Network.mastodon.profileURL(handle: handle, isOrganization: false) == "https://piaille.fr/@Elodie")
    }

    @Test(arguments: [
        (Account(network: .mastodon, handle: "Elodie@piaille.fr"), Account(network: .mastodon, handle: "elodie@piaille.fr"), true),
        (Account(network: .x, handle: "CNC"), Account(network: .x, handle: "cnc"), true),
        (Account(network: .youtube, handle: "Cinematheque"), Account(network: .youtube, handle: "cinematheque"), true),
        (
            Account(network: .youtube, handle: "UCabcdefghijklmnopqrstuv"),
            Account(network: .youtube, handle: "UCABCDEFGHIJKLMNOPQRSTUV"), false
        ),
        (Account(network: .x, handle: "cnc"), Account(network: .instagram, handle: "cnc"), false),
        (Account(network: .letterboxd, handle: "cahiers"), Account(network: .letterboxd, handle: "cahier"), false),
    ])
    func accountIdentityIgnoresCaseButInChannelIDs(first: Account, second: Account, same: Bool) async {
        #expect((first.identity == second.identity) == same)
    }
}
