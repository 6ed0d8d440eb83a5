import Foundation
import GeneriqueCore
import GeneriqueVerify

/// The fake network `verify`'s tests check against: a Mastodon instance, a Bluesky AppView and handle
/// domains, YouTube and Letterboxd, websites and feeds, each case an account or page the guide may list;
/// and a guide whose entries list them, with the outcome each check must give.
enum FakeSocialNetwork {
    /// Every host the network plays: all go to the fake server with `--resolve`.
    static let hosts = [
        "piaille.test", "split.test", "social.split.test", "public.api.bsky.app", "ok.bsky.test", "gone.bsky.test",
        "takedown.bsky.test", "nobody.bsky.test", "studio.test", "letterboxd.com", "www.youtube.com", "site.test",
        "verified-site.test", "plain.test", "moved.test", "new.test", "temp.test", "loop.test", "missing.test",
        "removed.test", "busy.test", "slow.test", "big.test", "feeds.test", "guide.test",
    ]

    static func start() throws -> FakeNetwork {
        try FakeNetwork([
            "piaille.test": mastodon(server: "piaille.test"),
            "split.test": { request in
                // The account's domain names another server, which holds the account.
                request.path == "/.well-known/webfinger" && request.query["resource"] == "acct:ana@split.test"
                    ? .json(#"{"subject":"acct:ana@split.test","links":[{"rel":"self","type":"application/activity+json","href":"https://social.split.test/users/ana"}]}"#)
                    : .json(#"{"error":"Record not found"}"#, status: 404)
            },
            "social.split.test": mastodon(server: "social.split.test"),
            "public.api.bsky.app": appView,
            "ok.bsky.test": { _ in .text("not here", status: 404) },
            "gone.bsky.test": { _ in .text("not here", status: 404) },
            "takedown.bsky.test": { _ in .text("did:plc:takedown", type: "text/plain") },
            "nobody.bsky.test": { _ in .text("did:plc:nobody", type: "text/plain") },
            "studio.test": { request in
                request.path == "/.well-known/atproto-did" ? .text("did:plc:studio\n", type: "text/plain") : .text("<h1>Studio</h1>")
            },
            "letterboxd.com": { request in request.path == "/okuser/" ? .text("<h1>okuser</h1>") : .text("gone", status: 404) },
            "www.youtube.com": { request in request.path == "/@okchannel" ? .text("<h1>okchannel</h1>") : .text("gone", status: 404) },
            "site.test": { _ in .text(#"<html><head><link rel="me" href="https://piaille.test/@ok"></head><body><a href="/x">x</a></body></html>"#) },
            "verified-site.test": { _ in .text("<p>no rel=me here</p>") },
            "plain.test": { _ in .text("<p>plain</p>") },
            "moved.test": { request in
                request.path == "/" ? .redirect(301, to: "/a") : .redirect(308, to: "https://new.test/")
            },
            "new.test": { _ in .text("<p>new home</p>") },
            "temp.test": { request in request.path == "/" ? .redirect(302, to: "/accueil") : .text("<p>accueil</p>") },
            "loop.test": { request in request.path == "/" ? .redirect(302, to: "/b") : .redirect(302, to: "/") },
            "missing.test": { _ in .text("no", status: 404) },
            "removed.test": { _ in .text("gone", status: 410) },
            "busy.test": { _ in .text("slow down", status: 429, headers: ["Retry-After": "1"]) },
            "slow.test": { _ in .late(.seconds(20), .text("too late")) },
            "big.test": { _ in .bytes(20 << 20, chunked: false) },
            "feeds.test": { request in
                switch request.path {
                case "/rss.xml": .text(rss, type: "application/rss+xml")
                case "/atom.xml": .text(atom, type: "application/atom+xml")
                case "/rdf.xml": .text(rdf, type: "application/rdf+xml")
                default: .text("<!DOCTYPE html><html><body>Pas un flux</body></html>")
                }
            },
        ])
    }

    /// A Mastodon server: `ok`, `verified` (a profile field verified by the server), `guide` (the guide's own
    /// account, its field linking the guide), `moved`, `suspended`, `memorial`, `ana`, `mixte`; anyone else is not found.
    private static func mastodon(server: String) -> FakeNetwork.Host {
        { request in
            let known = ["ok", "verified", "guide", "moved", "suspended", "memorial", "ana", "mixte"]
            switch request.path {
            case "/.well-known/webfinger":
                let resource = request.query["resource"] ?? ""
                guard let user = known.first(where: { resource == "acct:\($0)@\(server)" }) else {
                    return .json(#"{"error":"Record not found"}"#, status: 404)
                }
                return .json(
                    #"{"subject":"\#(resource)","aliases":["https://\#(server)/@\#(user)"],"links":[{"rel":"self","type":"application/activity+json","href":"https://\#(server)/users/\#(user)"}]}"#)
            case "/api/v1/accounts/lookup":
                let acct = (request.query["acct"] ?? "").split(separator: "@").first.map(String.init) ?? ""
                guard known.contains(acct) else { return .json(#"{"error":"Record not found"}"#, status: 404) }
                var extra = #""fields":[]"#
                switch acct {
                case "verified":
                    extra = #""fields":[{"name":"Site","value":"<a href=\"https://verified-site.test/\" rel=\"nofollow noopener me\">verified-site.test</a>","verified_at":"2026-01-01T00:00:00.000Z"},{"name":"Autre","value":"<a href=\"https://plain.test/\">plain</a>","verified_at":null}]"#
                case "guide":
                    extra = #""fields":[{"name":"Guide","value":"<a href=\"https://guide.test/\" rel=\"me\">guide.test</a>","verified_at":"2026-01-01T00:00:00.000Z"}]"#
                case "moved": extra = #""fields":[],"moved":{"acct":"nouveau@ailleurs.test","url":"https://ailleurs.test/@nouveau"}"#
                case "suspended": extra = #""suspended":true"#
                case "memorial": extra = #""fields":[],"memorial":true"#
                default: break
                }
                return .json(#"{"id":"1","username":"\#(acct)","acct":"\#(acct)","url":"https://\#(server)/@\#(acct)",\#(extra)}"#)
            default: return .text("not found", status: 404)
            }
        }
    }

    /// The AppView: handles and DIDs of `ok`, `studio`, `takedown` and `nobody`.
    private static let appView: FakeNetwork.Host = { request in
        switch request.path {
        case "/xrpc/com.atproto.identity.resolveHandle":
            return request.query["handle"] == "ok.bsky.test"
                ? .json(#"{"did":"did:plc:ok"}"#)
                : .json(#"{"error":"HandleNotFound","message":"Unable to resolve handle"}"#, status: 400)
        case "/xrpc/app.bsky.actor.getProfile":
            switch request.query["actor"] ?? "" {
            case "did:plc:ok": return .json(#"{"did":"did:plc:ok","handle":"ok.bsky.test"}"#)
            case "did:plc:studio": return .json(#"{"did":"did:plc:studio","handle":"studio.test"}"#)
            case "did:plc:takedown":
                return .json(#"{"error":"AccountTakedown","message":"Account has been suspended"}"#, status: 400)
            default: return .json(#"{"error":"InvalidRequest","message":"Profile not found"}"#, status: 400)
            }
        default: return .text("not found", status: 404)
        }
    }

    private static let rss = #"<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>1</title></item><item><title>2</title></item></channel></rss>"#
    private static let atom = #"<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><title>1</title></entry></feed>"#
    private static let rdf = #"<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel/><item rdf:about="x"><title>1</title></item></rdf:RDF>"#

    /// The guide: content files (relative to `content/`) whose entries list the network's cases. `port` is the
    /// fake server's, for a website written as an address on loopback (refused without `--resolve`).
    static func content(port: UInt16) -> [String: String] {
        func profile(_ name: String, _ fields: String) -> String {
            "---\nname: \(name)\nprofessions: [production]\n\(fields)---\nBio.\n"
        }
        return [
            "site.yml": "title: Guide\ndescription: Le guide.\nbaseURL: https://guide.test/\naccounts:\n  mastodon: guide@piaille.test\n",
            "metiers/production.md": "---\ntitle: Productrices et producteurs\nlabel: Production\norder: 1\n---\n",
            "profils/tout-va-bien.md": profile(
                "Tout va bien",
                "accounts:\n  mastodon: ok@piaille.test\n  bluesky: ok.bsky.test\n  x: quelquun\nwebsite: https://site.test/\nfeed: https://feeds.test/rss.xml\n"),
            "profils/verifiee.md": profile(
                "Vérifiée",
                "accounts:\n  mastodon: verified@piaille.test\nwebsite: https://verified-site.test/\nfeed: https://feeds.test/atom.xml\n"),
            "profils/studio-officiel.md": profile(
                "Studio (officiel)",
                "kind: organization\ncompanies: [studio]\naccounts:\n  bluesky: studio.test\nwebsite: https://studio.test/\nfeed: https://feeds.test/rdf.xml\n"),
            "societes/studio.md": "---\nname: Studio\nkind: production\nwebsite: https://studio.test/\naccounts:\n  bluesky: studio.test\n---\n",
            "profils/demenage.md": profile(
                "Déménagé", "accounts:\n  mastodon: moved@piaille.test\nwebsite: https://moved.test/\n"),
            "profils/disparu.md": profile(
                "Disparu",
                "accounts:\n  mastodon: suspended@piaille.test\n  bluesky: gone.bsky.test\n  letterboxd: ghost\n  youtube: ghost\nwebsite: https://missing.test/\nfeed: https://feeds.test/page.html\n"),
            "profils/efface.md": profile(
                "Effacé",
                "accounts:\n  mastodon: nobody@piaille.test\n  bluesky: takedown.bsky.test\nwebsite: https://loop.test/\nfeed: https://removed.test/feed\n"),
            "profils/perdu.md": profile("Perdu", "accounts:\n  bluesky: nobody.bsky.test\n"),
            "profils/injoignable.md": profile(
                "Injoignable", "website: https://busy.test/\nfeed: https://slow.test/feed.xml\n"),
            "profils/divers.md": profile(
                "Divers",
                "accounts:\n  mastodon: ana@split.test\n  letterboxd: okuser\n  youtube: okchannel\n  instagram: divers\n  linkedin: divers-divers\nwebsite: https://temp.test/\n"),
            "profils/memoire.md": profile("Mémoire", "accounts:\n  mastodon: memorial@piaille.test\nwebsite: https://big.test/\n"),
            "profils/locale.md": profile("Locale", "website: http://127.0.0.1:\(port)/\n"),
            "profils/mixte.md": profile("Mixte", "accounts:\n  mastodon: mixte@piaille.test\nwebsite: https://busy.test/\n"),
        ]
    }

    /// Each check's expected outcome, by `path check-kind target`.
    static func expected(port: UInt16) -> [String: CheckOutcome] {
        [
            "content/site.yml mastodon guide@piaille.test": .ok,
            "content/profils/tout-va-bien.md mastodon ok@piaille.test": .ok,
            "content/profils/tout-va-bien.md bluesky ok.bsky.test": .ok,
            "content/profils/tout-va-bien.md x quelquun": .notCheckable,
            "content/profils/tout-va-bien.md website https://site.test/": .ok,
            "content/profils/tout-va-bien.md feed https://feeds.test/rss.xml": .ok,
            "content/profils/verifiee.md mastodon verified@piaille.test": .ok,
            "content/profils/verifiee.md website https://verified-site.test/": .ok,
            "content/profils/verifiee.md feed https://feeds.test/atom.xml": .ok,
            "content/profils/studio-officiel.md bluesky studio.test": .ok,
            "content/profils/studio-officiel.md website https://studio.test/": .ok,
            "content/profils/studio-officiel.md feed https://feeds.test/rdf.xml": .ok,
            "content/societes/studio.md bluesky studio.test": .ok,
            "content/societes/studio.md website https://studio.test/": .ok,
            "content/profils/demenage.md mastodon moved@piaille.test": .moved,
            "content/profils/demenage.md website https://moved.test/": .moved,
            "content/profils/disparu.md mastodon suspended@piaille.test": .dead,
            "content/profils/disparu.md bluesky gone.bsky.test": .dead,
            "content/profils/disparu.md letterboxd ghost": .dead,
            "content/profils/disparu.md youtube ghost": .dead,
            "content/profils/disparu.md website https://missing.test/": .dead,
            "content/profils/disparu.md feed https://feeds.test/page.html": .dead,
            "content/profils/efface.md mastodon nobody@piaille.test": .dead,
            "content/profils/efface.md bluesky takedown.bsky.test": .dead,
            "content/profils/efface.md website https://loop.test/": .dead,
            "content/profils/efface.md feed https://removed.test/feed": .dead,
            "content/profils/perdu.md bluesky nobody.bsky.test": .dead,
            "content/profils/injoignable.md website https://busy.test/": .unreachable,
            "content/profils/injoignable.md feed https://slow.test/feed.xml": .unreachable,
            "content/profils/divers.md mastodon ana@split.test": .ok,
            "content/profils/divers.md letterboxd okuser": .ok,
            "content/profils/divers.md youtube okchannel": .ok,
            "content/profils/divers.md instagram divers": .notCheckable,
            "content/profils/divers.md linkedin divers-divers": .notCheckable,
            "content/profils/divers.md website https://temp.test/": .ok,
            "content/profils/memoire.md mastodon memorial@piaille.test": .ok,
            "content/profils/memoire.md website https://big.test/": .ok,
            "content/profils/locale.md website http://127.0.0.1:\(port)/": .notCheckable,
            "content/profils/mixte.md mastodon mixte@piaille.test": .ok,
            "content/profils/mixte.md website https://busy.test/": .unreachable,
        ]
    }

    /// The accounts confirmed, by `path network`.
    static let confirmed: Set<String> = [
        "content/site.yml mastodon", "content/profils/tout-va-bien.md mastodon", "content/profils/verifiee.md mastodon",
        "content/profils/studio-officiel.md bluesky", "content/societes/studio.md bluesky",
    ]
}
