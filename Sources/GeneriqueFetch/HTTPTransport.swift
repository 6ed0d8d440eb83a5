import Foundation
import Synchronization

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// One HTTP exchange as the transport sends it: to `url` (a mapped host's origin already substituted),
/// with `Host` naming the host asked for.
struct TransportRequest: Sendable {
    let url: URL
    /// The `Host` header, when the URL's host is a `--resolve` origin's.
    let hostHeader: String?
    let accept: String
    /// Bytes of body kept at most; reading stops past them.
    let limit: Int
    let timeout: Duration
}

/// What came back: the status, the headers (names lowercased), at most `limit` bytes of body.
struct TransportAnswer: Sendable, Hashable {
    let status: Int
    let headers: [String: String]
    let body: [UInt8]
    /// The body was longer than the limit: reading stopped there.
    let isTruncated: Bool
}

/// Why an exchange gave no answer.
enum TransportFailure: Error, Sendable, Hashable {
    case timeout
    case connection(String)
}

/// Foundation's URLSession, set up for checking: no redirect followed (the fetcher checks each hop's address
/// first), no cookie, cache or credential kept, a time limit per request, and bodies read as they stream in
/// and cut at the limit (a `Content-Length` above it is refused before any byte of body).
///
/// On a fast link libcurl may read some way past the limit before the cancellation reaches it; those bytes
/// are dropped, never kept.
final class HTTPTransport: NSObject, URLSessionDataDelegate, Sendable {
    private struct Exchange {
        let completion: @Sendable (Result<TransportAnswer, TransportFailure>) -> Void
        let limit: Int
        var status = 0
        var headers: [String: String] = [:]
        var body: [UInt8] = []
        var isTruncated = false
        var timedOut = false
    }

    private let userAgent: String
    private let exchanges = Mutex<[Int: Exchange]>([:])
    private let session = Mutex<URLSession?>(nil)

    init(userAgent: String) {
        self.userAgent = userAgent
        super.init()
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        configuration.httpCookieAcceptPolicy = .never
        configuration.urlCredentialStorage = nil
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        // The fetcher's scheduler limits connections per host and overall; URLSession must not queue below it.
        configuration.httpMaximumConnectionsPerHost = 64
        session.withLock { $0 = URLSession(configuration: configuration, delegate: self, delegateQueue: nil) }
    }

    /// Ends the session; pending exchanges finish as cancelled.
    func close() {
        session.withLock { $0?.invalidateAndCancel() }
    }

    /// Sends `request` at once (the scheduler calls this as it hands out the slot, so that its limits hold
    /// for requests as sent); `completion` gets the answer, on the session's queue.
    func start(
        _ request: TransportRequest, completion: @escaping @Sendable (Result<TransportAnswer, TransportFailure>) -> Void
    ) {
        var urlRequest = URLRequest(url: request.url)
        urlRequest.httpMethod = "GET"
        // Whole seconds only reach libcurl (0.3 s would become no time at all): the timer below keeps the limit.
        urlRequest.timeoutInterval = max(1, Self.seconds(request.timeout).rounded(.up))
        urlRequest.httpShouldHandleCookies = false
        urlRequest.setValue(userAgent, forHTTPHeaderField: "User-Agent")
        urlRequest.setValue(request.accept, forHTTPHeaderField: "Accept")
        if let hostHeader = request.hostHeader { urlRequest.setValue(hostHeader, forHTTPHeaderField: "Host") }
        guard let task = session.withLock({ $0?.dataTask(with: urlRequest) }) else {
            return completion(.failure(.connection("the HTTP session is closed")))
        }
        let id = task.taskIdentifier
        exchanges.withLock { $0[id] = Exchange(completion: completion, limit: request.limit) }
        task.resume()
        // URLSession's own timeout only counts idle time: a server trickling bytes would never end.
        DispatchQueue.global().asyncAfter(deadline: .now() + Self.seconds(request.timeout)) { [weak self] in
            guard let self else { return }
            let pending = self.exchanges.withLock { exchanges -> Bool in
                guard exchanges[id] != nil else { return false }
                exchanges[id]?.timedOut = true
                return true
            }
            if pending { task.cancel() }
        }
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
    ) {
        guard let http = response as? HTTPURLResponse else { return completionHandler(.cancel) }
        var headers: [String: String] = [:]
        for (name, value) in http.allHeaderFields {
            if let name = name as? String, let value = value as? String { headers[name.lowercased()] = value }
        }
        let tooLong = exchanges.withLock { exchanges -> Bool in
            guard var exchange = exchanges[dataTask.taskIdentifier] else { return false }
            exchange.status = http.statusCode
            exchange.headers = headers
            exchange.isTruncated = http.expectedContentLength > Int64(exchange.limit)
            exchanges[dataTask.taskIdentifier] = exchange
            return exchange.isTruncated
        }
        completionHandler(tooLong ? .cancel : .allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let full = exchanges.withLock { exchanges -> Bool in
            guard var exchange = exchanges[dataTask.taskIdentifier], !exchange.isTruncated else { return false }
            let room = exchange.limit - exchange.body.count
            exchange.body.append(contentsOf: data.prefix(room))
            exchange.isTruncated = data.count > room
            exchanges[dataTask.taskIdentifier] = exchange
            return exchange.isTruncated
        }
        if full { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        guard let exchange = exchanges.withLock({ $0.removeValue(forKey: task.taskIdentifier) }) else { return }
        let answer = TransportAnswer(
            status: exchange.status, headers: exchange.headers, body: exchange.body, isTruncated: exchange.isTruncated)
        if exchange.timedOut {
            exchange.completion(.failure(.timeout))
        } else if exchange.isTruncated && exchange.status != 0 {
            exchange.completion(.success(answer))
        } else if let error {
            exchange.completion(.failure(Self.failure(for: error)))
        } else {
            exchange.completion(.success(answer))
        }
    }

    private static func failure(for error: Error) -> TransportFailure {
        let number = (error as NSError).code
        guard let code = (error as? URLError)?.code ?? URLError.Code(rawValue: number) else {
            return .connection("network error \(number)")
        }
        switch code {
        case .timedOut: return .timeout
        case .cannotConnectToHost: return .connection("connection refused")
        case .networkConnectionLost: return .connection("connection lost")
        case .cannotFindHost, .dnsLookupFailed: return .connection("host not found")
        case .secureConnectionFailed: return .connection("TLS handshake failed")
        case .serverCertificateUntrusted, .serverCertificateHasBadDate, .serverCertificateHasUnknownRoot,
            .serverCertificateNotYetValid:
            return .connection("the server's TLS certificate is not valid")
        case .badServerResponse: return .connection("not an HTTP answer")
        case .cancelled: return .connection("cancelled")
        default: return .connection("network error \(code.rawValue)")
        }
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
