import Foundation
import GeneriqueCore
import GeneriqueFetch

/// A Bluesky account, without logging in: its handle resolved to a DID (`/.well-known/atproto-did` on the
/// handle's domain, else the public `com.atproto.identity.resolveHandle`), then the public AppView's
/// `app.bsky.actor.getProfile`, which says whether the profile exists or was taken down and which handle it
/// goes by now. (DNS TXT records, the other way to prove a handle, need a DNS client of their own: the
/// AppView's resolveHandle reads them.)
enum BlueskyCheck {
    /// The public AppView.
    static let appView = "public.api.bsky.app"

    static func run(_ account: Account, fetcher: Fetcher) async -> CheckResult {
        let handle = account.handle.lowercased()
        do throws(CheckFailure) {
            let did = handle.hasPrefix("did:") ? handle : try await resolve(handle, fetcher: fetcher)
            let profile: Profile = try await xrpc(fetcher, "app.bsky.actor.getProfile", ["actor": did])
            let names = ["https://bsky.app/profile/\(did)"] + (profile.handle.map { ["https://bsky.app/profile/\($0)"] } ?? [])
            if let current = profile.handle?.lowercased(), current != "handle.invalid", !handle.hasPrefix("did:"),
                current != handle
            {
                return CheckResult(.moved, "the account \(did) is now @\(current)", movedTo: current, names: names)
            }
            return CheckResult(.ok, "profile found (\(did))", names: names)
        } catch {
            return error.result
        }
    }

    private static func resolve(_ handle: String, fetcher: Fetcher) async throws(CheckFailure) -> String {
        if let url = URL(string: "https://\(handle)/.well-known/atproto-did"),
            case .success(let response) = await fetcher.fetch(FetchRequest(url: url, accept: "text/plain", limit: 2048)).outcome,
            (200...299).contains(response.status)
        {
            let text = String(decoding: response.body, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if text.hasPrefix("did:"), !text.contains(where: \.isWhitespace) { return text }
        }
        let resolved: Resolved = try await xrpc(fetcher, "com.atproto.identity.resolveHandle", ["handle": handle])
        return resolved.did
    }

    /// Calls the AppView's `method`; its `HandleNotFound`, `Profile not found`, `AccountTakedown` and
    /// `AccountDeactivated` errors say the account is gone.
    private static func xrpc<Value: Decodable>(
        _ fetcher: Fetcher, _ method: String, _ query: [String: String]
    ) async throws(CheckFailure) -> Value {
        var components = URLComponents(string: "https://\(appView)/xrpc/\(method)")
        components?.queryItems = query.sorted { $0.key < $1.key }.map { URLQueryItem(name: $0.key, value: $0.value) }
        guard let url = components?.url else { throw CheckFailure(.dead, "\(method): not a URL") }
        let result = await fetcher.fetch(FetchRequest(url: url, accept: "application/json"))
        switch FetchVerdict.answer(result, what: method) {
        case .success(let response):
            guard let value = try? JSONDecoder().decode(Value.self, from: Data(response.body)) else {
                throw CheckFailure(.unreachable, "\(method): the answer is not the JSON the AppView gives")
            }
            return value
        case .failure(let failure):
            guard case .success(let answer) = result.outcome, answer.status == 400,
                let error = try? JSONDecoder().decode(XRPCError.self, from: Data(answer.body)),
                Self.goneErrors.contains(error.error ?? "") || error.message == "Profile not found"
                    || error.message == "Unable to resolve handle"
            else { throw failure }
            throw CheckFailure(.dead, "\(method): \([error.error, error.message].compactMap { $0 }.joined(separator: ": "))")
        }
    }

    private static let goneErrors: Set<String> = ["HandleNotFound", "AccountTakedown", "AccountDeactivated"]

    private struct Resolved: Decodable {
        let did: String
    }

    private struct Profile: Decodable {
        let did: String?
        let handle: String?
    }

    private struct XRPCError: Decodable {
        let error: String?
        let message: String?
    }
}
