import Foundation
import GeneriqueFetch

/// A feed: fetched (up to 5 MB) and read as RSS, Atom or RSS 1.0 (RDF). An HTML page served where the feed
/// should be is dead as a feed: feed readers cannot use it.
enum FeedCheck {
    static func run(_ address: String, fetcher: Fetcher) async -> CheckResult {
        guard let url = URL(string: address) else { return CheckResult(.dead, "not a URL") }
        let result = await fetcher.fetch(
            FetchRequest(
                url: url,
                accept: "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, "
                    + "text/xml;q=0.9, */*;q=0.5",
                limit: FetchRequest.feedLimit))
        switch FetchVerdict.page(result) {
        case .failure(let failure): return failure.result
        case .success(let (response, movedTo)):
            let type = response.headers["content-type"].map { " (\($0))" } ?? ""
            guard let feed = FeedSniffer(response.body) else {
                let root = FeedSniffer.rootName(response.body).map { "a <\($0)> document" } ?? "not XML"
                return CheckResult(.dead, "not a feed: HTTP \(response.status)\(type), \(root)")
            }
            return FetchVerdict.pageResult(
                response, movedTo: movedTo, evidence: feed.description, limit: FetchRequest.feedLimit)
        }
    }
}
