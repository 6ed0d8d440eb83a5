/// A request's head as `serve` reads it: the request line and the header fields (`serve` takes no body).
struct RequestHead: Sendable, Equatable {
    /// One header field line.
    struct Field: Sendable, Equatable {
        /// The name, in lower case (names are case-insensitive).
        var name: String
        /// The value, without surrounding whitespace.
        var value: String
    }

    /// The method, as sent (`GET`; methods are case-sensitive).
    var method: String
    /// The target's path, percent-decoded, without its query: `/guide/profils/a/`.
    var path: String
    /// The minor version: 1 for HTTP/1.1, 0 for HTTP/1.0.
    var minorVersion: Int
    /// The header fields, in the order they came.
    var fields: [Field]

    /// The values of the fields named `name` (lower case), joined with commas as lists are (RFC 9110 §5.3);
    /// nil when there is none.
    func field(_ name: String) -> String? {
        let values = fields.filter { $0.name == name }.map(\.value)
        return values.isEmpty ? nil : values.joined(separator: ", ")
    }

    /// Whether the connection stays open after the answer (RFC 9112 §9.3): by default in HTTP/1.1, on request
    /// in HTTP/1.0.
    var keepsAlive: Bool {
        let options = (field("connection") ?? "").split(separator: ",").map { $0.trimmingWhitespace().lowercased() }
        if options.contains("close") { return false }
        return minorVersion >= 1 || options.contains("keep-alive")
    }
}
