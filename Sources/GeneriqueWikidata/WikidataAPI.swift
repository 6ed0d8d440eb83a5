import Foundation
import GeneriqueFetch

/// Wikidata's Action API (`/w/api.php`), asked the way the Wikimedia API policy wants: one request at a time
/// (the caller's fetcher has one connection to the host), `maxlag=5` on every request, and, when the replicas
/// lag, the wait the answer asks for before trying again.
public struct WikidataAPI: Sendable {
    /// The API's address; `--resolve www.wikidata.org=…` sends it elsewhere.
    public static let endpoint = "https://www.wikidata.org/w/api.php"
    /// How many times a lagging API is asked again, and the longest wait between two tries.
    static let lagRetries = 3
    static let longestLagWait: Duration = .seconds(30)

    let fetcher: Fetcher

    /// An API over `fetcher`, whose settings should allow one request at a time to the host.
    public init(fetcher: Fetcher) {
        self.fetcher = fetcher
    }

    /// The fetch settings the policy asks for: `userAgent` names the program and a contact.
    public static func settings(userAgent: String, origins: OriginMap, timeout: Duration) -> FetchSettings {
        FetchSettings(userAgent: userAgent, origins: origins, timeout: timeout, concurrency: 1, perHost: 1)
    }

    /// The JSON body of `action` with `parameters`, at most `limit` bytes, after the lag retries; an API error
    /// is a problem.
    func ask(_ action: String, _ parameters: [(String, String)], limit: Int = FetchRequest.pageLimit) async
        -> Result<[UInt8], WikidataProblem>
    {
        var components = URLComponents(string: Self.endpoint)
        components?.queryItems = ([("action", action)] + parameters + [("format", "json"), ("maxlag", "5")])
            .map { URLQueryItem(name: $0.0, value: $0.1) }
        guard let url = components?.url else { return .failure(.unreadable("no address for \(action)")) }
        var attempt = 0
        while true {
            attempt += 1
            let result = await fetcher.fetch(FetchRequest(url: url, accept: "application/json", limit: limit))
            let response: FetchResponse
            switch result.outcome {
            case .failure(let problem): return .failure(.fetch(problem.description))
            case .success(let answer): response = answer
            }
            guard response.status == 200 else {
                return .failure(.fetch("HTTP \(response.status) from \(url.host ?? "")"))
            }
            guard !response.isTruncated else { return .failure(.unreadable("the answer is over the size limit")) }
            guard let error = Self.apiError(response.body) else { return .success(response.body) }
            guard error.code == "maxlag", attempt <= Self.lagRetries else {
                return .failure(.api(code: error.code, info: error.info))
            }
            try? await Task.sleep(for: min(response.askedWait ?? .seconds(5), Self.longestLagWait))
        }
    }

    private struct ErrorAnswer: Decodable {
        struct Detail: Decodable {
            let code: String
            let info: String?
        }

        let error: Detail?
    }

    /// The `error` object of an answer, if it has one.
    private static func apiError(_ body: [UInt8]) -> (code: String, info: String)? {
        guard let detail = (try? JSONDecoder().decode(ErrorAnswer.self, from: Data(body)))?.error else { return nil }
        return (detail.code, detail.info ?? "")
    }
}
