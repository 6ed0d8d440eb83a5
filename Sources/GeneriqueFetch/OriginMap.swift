import Foundation

/// `--resolve HOST=ORIGIN`: hosts pointed at another server — a local mirror, a staging server, the tests'
/// fake network on 127.0.0.1. A request to a mapped host goes to its origin (same path and query, the
/// `Host` header still naming the host), and the origin is trusted as given: it is the one way to reach a
/// loopback or private address. Every other host is resolved and checked as usual.
public struct OriginMap: Sendable, Hashable, CustomStringConvertible {
    /// Where a mapped host's requests go: `http://127.0.0.1:8123`.
    public struct Origin: Sendable, Hashable, CustomStringConvertible {
        /// `http` or `https`.
        public let scheme: String
        /// Host name or address (IPv6 in brackets).
        public let host: String
        /// The port, when given.
        public let port: Int?

        public var description: String { "\(scheme)://\(host)\(port.map { ":\($0)" } ?? "")" }
    }

    private var origins: [String: Origin] = [:]

    /// No host mapped.
    public init() {}

    /// Reads `HOST=ORIGIN` pairs, as typed after `--resolve`; the error says what is wrong with which.
    public init(_ pairs: [String]) throws(OriginMapError) {
        for pair in pairs {
            guard let equals = pair.firstIndex(of: "=") else {
                throw OriginMapError("--resolve '\(pair)' must read HOST=ORIGIN, e.g. piaille.fr=http://127.0.0.1:8123")
            }
            let host = pair[..<equals].lowercased()
            guard !host.isEmpty, !host.contains(where: { "/:@?#[] ".contains($0) }) else {
                throw OriginMapError("--resolve '\(pair)': '\(host)' is not a host name (no scheme, port or path)")
            }
            let origin = try Self.origin(String(pair[pair.index(after: equals)...]), in: pair)
            if let known = origins[host], known != origin {
                throw OriginMapError("--resolve maps '\(host)' twice (\(known) and \(origin))")
            }
            origins[host] = origin
        }
    }

    /// `HOST=ORIGIN` pairs, sorted, separated by spaces; empty when no host is mapped.
    public var description: String {
        origins.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
    }

    /// The origin `host` is mapped to, if any (host names compare without regard to case).
    func origin(for host: String) -> Origin? { origins[host.lowercased()] }

    private static func origin(_ text: String, in pair: String) throws(OriginMapError) -> Origin {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty
        else {
            throw OriginMapError("--resolve '\(pair)': the origin must be an http(s) address, e.g. http://127.0.0.1:8123")
        }
        guard components.path.isEmpty || components.path == "/", components.query == nil, components.fragment == nil,
            components.user == nil
        else { throw OriginMapError("--resolve '\(pair)': the origin is a scheme, a host and a port, without a path") }
        let shownHost = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        return Origin(scheme: scheme, host: shownHost.lowercased(), port: components.port)
    }
}

/// A `--resolve` value that cannot be read.
public struct OriginMapError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, naming the value.
    public let description: String

    init(_ description: String) {
        self.description = description
    }
}
