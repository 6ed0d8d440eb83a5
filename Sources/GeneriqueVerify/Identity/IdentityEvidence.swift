import Foundation
import GeneriqueCore

/// Whether an account is confirmed to belong to its entry, and why: a link Mastodon verified from the
/// account to the entry's website, a `rel="me"` link from the entry's website to the account, or a Bluesky
/// handle that is the website's own domain. Only accounts found (`ok`) are confirmed.
enum IdentityEvidence {
    /// Why `account` is the entry's, or nil: `result` is its check, `website` the entry's own site and
    /// `websiteResult` that site's check (nil when it was not fetched).
    static func confirmation(
        of account: Account, result: CheckResult, website: String?, websiteResult: CheckResult?
    ) -> String? {
        guard result.outcome == .ok, let website else { return nil }
        if account.network == .mastodon, result.links.contains(where: { sameAddress($0, website) }) {
            return "Mastodon verified its link to \(website)"
        }
        if let websiteResult, websiteResult.outcome == .ok || websiteResult.outcome == .moved {
            let names = result.names + [account.network.profileURL(handle: account.handle, isOrganization: false)]
            if let link = websiteResult.links.first(where: { link in names.contains { sameAddress(link, $0) } }) {
                return "\(website) links to \(link) with rel=\"me\""
            }
        }
        if account.network == .bluesky, let host = comparableHost(website), host == account.handle.lowercased() {
            return "its handle is the domain of \(website)"
        }
        return nil
    }

    /// Whether two addresses name the same page: scheme, `www.`, case and a final `/` aside.
    static func sameAddress(_ first: String, _ second: String) -> Bool {
        guard let one = comparable(first), let other = comparable(second) else { return false }
        return one == other
    }

    private static func comparable(_ address: String) -> String? {
        guard let components = URLComponents(string: address.trimmingCharacters(in: .whitespaces)),
            let host = comparableHost(address)
        else { return nil }
        var path = components.percentEncodedPath.lowercased()
        while path.hasSuffix("/") { path.removeLast() }
        return host + path + (components.percentEncodedQuery.map { "?\($0)" } ?? "")
    }

    private static func comparableHost(_ address: String) -> String? {
        guard let host = URLComponents(string: address.trimmingCharacters(in: .whitespaces))?.host?.lowercased(),
            !host.isEmpty
        else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }
}
