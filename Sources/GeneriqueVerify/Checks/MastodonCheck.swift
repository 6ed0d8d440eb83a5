import Foundation
import GeneriqueCore
import GeneriqueFetch

/// A Mastodon account, asked of its own server without logging in: WebFinger on the account's domain (which
/// names the server that holds it, when the two differ), then that server's public account lookup, which
/// says whether the account is suspended, moved or in memoriam, and which links in its profile fields the
/// server verified.
enum MastodonCheck {
    static func run(_ account: Account, fetcher: Fetcher) async -> CheckResult {
        let parts = account.handle.split(separator: "@", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return CheckResult(.dead, "not a user@domain address") }
        let (user, domain) = (parts[0], parts[1])
        do throws(CheckFailure) {
            let finger: WebFinger = try await json(
                fetcher, "https://\(domain)/.well-known/webfinger", ["resource": "acct:\(user)@\(domain)"],
                what: "WebFinger", accept: "application/jrd+json, application/json")
            let selfLink = finger.links?.first { $0.rel == "self" && ($0.type ?? "").contains("activity+json") }
            let server = selfLink?.href.flatMap { URLComponents(string: $0)?.host } ?? domain
            let found: LookedUp = try await json(
                fetcher, "https://\(server)/api/v1/accounts/lookup", ["acct": server == domain ? user : "\(user)@\(domain)"],
                what: "account lookup", accept: "application/json")
            let names = [found.url].compactMap { $0 } + (finger.aliases ?? [])
                + (finger.links ?? []).filter { $0.rel == "http://webfinger.net/rel/profile-page" }.compactMap(\.href)
            if found.suspended == true { return CheckResult(.dead, "suspended on \(server)") }
            if let moved = found.moved {
                let address = moved.acct.map { $0.contains("@") ? $0 : "\($0)@\(server)" } ?? moved.url ?? "another account"
                return CheckResult(.moved, "moved to @\(address)", movedTo: address, names: names)
            }
            let verified = (found.fields ?? []).filter { $0.verifiedAt != nil }
                .flatMap { HTMLLinks(Array($0.value.utf8)).links.map(\.href) }
            let state = found.memorial == true ? " (in memoriam)" : found.limited == true ? " (limited by its server)" : ""
            return CheckResult(.ok, "account found on \(server)\(state)", links: verified, names: names)
        } catch {
            return error.result
        }
    }

    /// GETs `address` with `query` and decodes its JSON; a 404 or 410 says the account does not exist there.
    private static func json<Value: Decodable>(
        _ fetcher: Fetcher, _ address: String, _ query: [String: String], what: String, accept: String
    ) async throws(CheckFailure) -> Value {
        var components = URLComponents(string: address)
        components?.queryItems = query.sorted { $0.key < $1.key }.map { URLQueryItem(name: $0.key, value: $0.value) }
        guard let url = components?.url else { throw CheckFailure(.dead, "\(what): not a URL") }
        let result = await fetcher.fetch(FetchRequest(url: url, accept: accept))
        let response: FetchResponse
        switch FetchVerdict.answer(result, what: what) {
        case .success(let answer): response = answer
        case .failure(let failure):
            guard case .success(let answer) = result.outcome, answer.status == 404 || answer.status == 410 else { throw failure }
            let error = (try? JSONDecoder().decode(APIError.self, from: Data(answer.body)))?.error
            throw CheckFailure(.dead, "\(what): \(error ?? "no such account") (HTTP \(answer.status))")
        }
        guard let value = try? JSONDecoder().decode(Value.self, from: Data(response.body)) else {
            throw CheckFailure(.unreachable, "\(what): the answer is not the JSON a Mastodon server gives")
        }
        return value
    }

    private struct WebFinger: Decodable {
        struct Link: Decodable {
            let rel: String?
            let type: String?
            let href: String?
        }

        let aliases: [String]?
        let links: [Link]?
    }

    private struct LookedUp: Decodable {
        struct Moved: Decodable {
            let acct: String?
            let url: String?
        }

        struct Field: Decodable {
            let value: String
            let verifiedAt: String?

            enum CodingKeys: String, CodingKey {
                case value
                case verifiedAt = "verified_at"
            }
        }

        let url: String?
        let suspended: Bool?
        let memorial: Bool?
        let limited: Bool?
        let moved: Moved?
        let fields: [Field]?
    }

    private struct APIError: Decodable {
        let error: String?
    }
}
