import Foundation
import GeneriqueCore
import GeneriqueFetch

/// Websites and public profile pages (YouTube, Letterboxd): a GET (a HEAD says too little on too many
/// servers), at most five redirects each checked again; 404 and 410 are dead, a permanent redirect is a move.
enum PageCheck {
    /// An entry's website; its `rel="me"` links are kept for identity evidence.
    static func website(_ address: String, fetcher: Fetcher) async -> CheckResult {
        guard let url = URL(string: address) else { return CheckResult(.dead, "not a URL") }
        let result = await fetcher.fetch(FetchRequest(url: url, accept: accept))
        switch FetchVerdict.page(result) {
        case .failure(let failure): return failure.result
        case .success(let (response, movedTo)):
            let links = HTMLLinks(response.body).relMe.compactMap { URL(string: $0, relativeTo: response.url)?.absoluteString }
            return FetchVerdict.pageResult(response, movedTo: movedTo, evidence: "HTTP \(response.status)", links: links)
        }
    }

    /// An account's public profile page.
    static func profile(_ account: Account, fetcher: Fetcher) async -> CheckResult {
        let address = account.network.profileURL(handle: account.handle, isOrganization: false)
        guard let url = URL(string: address) else { return CheckResult(.dead, "not a URL: \(address)") }
        let result = await fetcher.fetch(FetchRequest(url: url, accept: accept))
        switch FetchVerdict.page(result) {
        case .failure(let failure): return failure.result
        case .success(let (response, movedTo)):
            return FetchVerdict.pageResult(
                response, movedTo: movedTo, evidence: "profile page \(address): HTTP \(response.status)", names: [address])
        }
    }

    private static let accept = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"
}
