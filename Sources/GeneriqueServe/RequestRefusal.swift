/// Why a request is refused before it reaches the responder: its status, and a line for whoever reads it.
struct RequestRefusal: Error, Sendable, Equatable {
    /// The HTTP status code.
    let status: Int
    /// What was wrong, in French like the server's other answers.
    let reason: String

    /// The answer on the wire (the connection is closed after it).
    var response: LiveResponse { .plain(status, reason).framed(for: "GET") }

    static func malformed(_ what: String) -> RequestRefusal {
        RequestRefusal(status: 400, reason: "Requête mal formée : \(what)")
    }

    static func requestLineTooLong(_ limits: RequestLimits) -> RequestRefusal {
        RequestRefusal(status: 414, reason: "Ligne de requête trop longue : \(limits.requestLine) octets au plus")
    }

    static func headersTooLarge(_ limits: RequestLimits) -> RequestRefusal {
        RequestRefusal(status: 431, reason: "En-têtes trop longs : \(limits.headerSection) octets au plus")
    }

    static func tooManyHeaders(_ limits: RequestLimits) -> RequestRefusal {
        RequestRefusal(status: 431, reason: "Trop d’en-têtes : \(limits.headerFields) au plus")
    }

    static func timedOut(_ limits: RequestLimits) -> RequestRefusal {
        RequestRefusal(status: 408, reason: "Requête incomplète au bout de \(limits.timeout)")
    }

    static let body = RequestRefusal(status: 413, reason: "serve n’accepte pas de corps de requête (GET et HEAD seulement)")

    static let version = RequestRefusal(status: 505, reason: "Version de HTTP non prise en charge (HTTP/1.1 et HTTP/1.0 seulement)")
}
