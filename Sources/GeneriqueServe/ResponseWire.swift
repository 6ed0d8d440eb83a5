/// Responses as bytes on the wire (RFC 9112 §4): the status line, the header fields sorted by name (the same
/// answer is the same bytes), a blank line, the body.
enum ResponseWire {
    /// The whole response; `connection` is the `Connection` field to add (`close`, `keep-alive`), if any.
    static func bytes(of response: LiveResponse, connection: String?) -> [UInt8] {
        var headers = response.headers
        headers["Connection"] = connection
        return head(status: response.status, headers: headers) + response.body
    }

    /// The status line and header section, up to and including the blank line.
    static func head(status: Int, headers: [String: String]) -> [UInt8] {
        var text = "HTTP/1.1 \(status) \(phrases[status] ?? "Status")\r\n"
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) { text += "\(name): \(value)\r\n" }
        return Array((text + "\r\n").utf8)
    }

    /// The reason phrase of every status `serve` sends (RFC 9110 §15).
    private static let phrases = [
        200: "OK", 301: "Moved Permanently", 302: "Found", 304: "Not Modified", 400: "Bad Request", 404: "Not Found",
        405: "Method Not Allowed", 408: "Request Timeout", 413: "Content Too Large", 414: "URI Too Long",
        431: "Request Header Fields Too Large", 500: "Internal Server Error", 503: "Service Unavailable",
        505: "HTTP Version Not Supported",
    ]
}
