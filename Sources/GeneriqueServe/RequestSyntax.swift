import Foundation

/// The grammar of a request head's lines (RFC 9112 §3, §5, §6), strict where leniency lets two programs read
/// one request differently: one space between the parts of the request line, no space before a field's
/// colon, no folded lines, no control characters.
enum RequestSyntax {
    /// The head a request line starts: its method, decoded path and minor version, no fields yet.
    static func requestLine(_ line: ArraySlice<UInt8>) -> Result<RequestHead, RequestRefusal> {
        let parts = line.split(separator: ASCII.space, omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, parts[0].allSatisfy(isTokenByte) else {
            return .failure(.malformed("ligne de requête"))
        }
        guard let minorVersion = minorVersion(parts[2]) else {
            return isVersionShaped(parts[2]) ? .failure(.version) : .failure(.malformed("version"))
        }
        guard !parts[1].isEmpty, parts[1].allSatisfy({ (0x21...0x7E).contains($0) }),
            let path = path(of: String(decoding: parts[1], as: UTF8.self))
        else { return .failure(.malformed("cible")) }
        return .success(RequestHead(method: String(decoding: parts[0], as: UTF8.self), path: path, minorVersion: minorVersion, fields: []))
    }

    /// One header field line.
    static func field(_ line: ArraySlice<UInt8>) -> Result<RequestHead.Field, RequestRefusal> {
        guard let colon = line.firstIndex(of: ASCII.colon), colon > line.startIndex,
            line[..<colon].allSatisfy(isTokenByte)
        else { return .failure(.malformed("ligne d’en-tête")) }
        var value = line[(colon + 1)...].drop { $0 == ASCII.space || $0 == ASCII.tab }
        while value.last == ASCII.space || value.last == ASCII.tab { value = value.dropLast() }
        guard !value.contains(where: { ($0 < 0x20 && $0 != ASCII.tab) || $0 == 0x7F }) else {
            return .failure(.malformed("caractère de contrôle dans un en-tête"))
        }
        let name = String(decoding: line[..<colon], as: UTF8.self).lowercased()
        return .success(RequestHead.Field(name: name, value: String(decoding: value, as: UTF8.self)))
    }

    /// What makes a complete head unacceptable: no single `Host` in HTTP/1.1 (RFC 9112 §3.2), or a body,
    /// which `serve` never reads (an invalid `Content-Length` is malformed framing, RFC 9112 §6.3).
    static func framingProblem(of head: RequestHead) -> RequestRefusal? {
        let hosts = head.fields.filter { $0.name == "host" }.count
        if hosts > 1 || (hosts == 0 && head.minorVersion >= 1) { return .malformed("un en-tête Host est requis") }
        if head.field("transfer-encoding") != nil { return .body }
        guard let length = head.field("content-length") else { return nil }
        let lengths = Set(length.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() })
        guard lengths.count == 1, let only = lengths.first, !only.isEmpty, only.utf8.allSatisfy(isDigit) else {
            return .malformed("Content-Length")
        }
        return only.allSatisfy { $0 == "0" } ? nil : .body
    }

    /// The decoded path of a target in origin form (`/a/b?q`) or absolute form (`http://host/a/b`); other
    /// forms (`*`) are passed as they are, for the responder to refuse. Nil when percent-encoding is invalid.
    private static func path(of target: String) -> String? {
        var rest = Substring(target)
        for scheme in ["http://", "https://"] where rest.lowercased().hasPrefix(scheme) {
            let authority = rest.dropFirst(scheme.count)
            rest = authority.firstIndex(of: "/").map { authority[$0...] } ?? "/"
        }
        let path = rest.prefix { $0 != "?" && $0 != "#" }
        return path.removingPercentEncoding
    }

    private static func minorVersion(_ version: ArraySlice<UInt8>) -> Int? {
        switch String(decoding: version, as: UTF8.self) {
        case "HTTP/1.1": 1
        case "HTTP/1.0": 0
        default: nil
        }
    }

    /// `HTTP/x.y`: a version this server does not speak, rather than garbage.
    private static func isVersionShaped(_ version: ArraySlice<UInt8>) -> Bool {
        let bytes = Array(version)
        return bytes.count == 8 && bytes.starts(with: Array("HTTP/".utf8)) && isDigit(bytes[5]) && bytes[6] == UInt8(ascii: ".")
            && isDigit(bytes[7])
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    /// `tchar` of RFC 9110 §5.6.2.
    private static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        default: "!#$%&'*+-.^_`|~".utf8.contains(byte)
        }
    }
}
