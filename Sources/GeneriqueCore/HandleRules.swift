/// Turns what editors write (a bare handle, `@handle` or a profile URL) into a validated, normalised handle.
public enum HandleRules {
    /// The normalised handle, or a sentence saying what is wrong with it.
    public static func normalize(_ raw: String, for network: Network) -> Result<String, HandleProblem> {
        var handle = raw.trimmingWhitespace()
        if handle.hasPrefix("https://") || handle.hasPrefix("http://") {
            guard let fromURL = handleFromURL(handle, network: network) else {
                return .failure(HandleProblem("'\(raw)' is not the address of a profile on \(network.displayName)"))
            }
            handle = fromURL
        } else if handle.hasPrefix("@") {
            handle.removeFirst()
        }
        if network == .bluesky { handle = handle.lowercased() }
        // A domain has no case: `Elodie@Piaille.FR` is `Elodie@piaille.fr`, linked at https://piaille.fr/@Elodie.
        if network == .mastodon, let at = handle.firstIndex(of: "@") {
            handle = handle[..<at] + handle[at...].lowercased()
        }
        if let problem = problem(with: handle, for: network) {
            return .failure(HandleProblem("invalid \(network.displayName) handle '\(raw)': \(problem)"))
        }
        return .success(handle)
    }

    /// YouTube channel ids (`UC` + 22 characters) give feeds; handles do not.
    public static func isYouTubeChannelID(_ handle: String) -> Bool {
        handle.utf8.count == 24 && handle.hasPrefix("UC")
            && handle.utf8.allSatisfy { isASCIIAlphanumeric($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }
    }

    private static func problem(with handle: String, for network: Network) -> String? {
        let bytes = Array(handle.utf8)
        switch network {
        case .x:
            guard (1...15).contains(bytes.count), bytes.allSatisfy(isWordByte) else {
                return "1 to 15 letters, digits or underscores"
            }
        case .bluesky:
            if handle.hasPrefix("did:plc:") || handle.hasPrefix("did:web:") { return nil }
            guard isHostname(handle) else { return "a domain name such as name.bsky.social, or a did:plc: or did:web: identifier" }
        case .mastodon:
            let parts = handle.split(separator: "@", omittingEmptySubsequences: false)
            guard parts.count == 2, isMastodonUser(parts[0]), isHostname(String(parts[1])) else {
                return "write it as user@instance, e.g. cinema@piaille.fr"
            }
        case .instagram, .threads:
            guard (1...30).contains(bytes.count),
                bytes.allSatisfy({ isWordByte($0) || $0 == UInt8(ascii: ".") }),
                bytes.first != UInt8(ascii: "."), bytes.last != UInt8(ascii: "."), !handle.contains("..")
            else { return "1 to 30 letters, digits, dots or underscores, no dot at either end, no '..'" }
        case .letterboxd:
            guard !bytes.isEmpty, bytes.allSatisfy(isWordByte) else { return "letters, digits or underscores" }
        case .youtube:
            if isYouTubeChannelID(handle) { return nil }
            let scalars = handle.unicodeScalars
            guard (3...30).contains(scalars.count),
                scalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || "_-.".unicodeScalars.contains($0) })
            else { return "3 to 30 letters, digits, '_', '-' or '.', or a channel id starting with UC" }
        case .tiktok:
            guard (2...24).contains(bytes.count),
                bytes.allSatisfy({ isWordByte($0) || $0 == UInt8(ascii: ".") }), bytes.last != UInt8(ascii: ".")
            else { return "2 to 24 letters, digits, dots or underscores, not ending with a dot" }
        case .linkedin:
            guard (3...100).contains(bytes.count),
                bytes.allSatisfy({ isASCIIAlphanumeric($0) || $0 == UInt8(ascii: "-") })
            else { return "3 to 100 letters, digits or hyphens" }
        }
        return nil
    }

    /// Extracts the handle from a profile URL of the network, or nil if the URL is not one.
    private static func handleFromURL(_ url: String, network: Network) -> String? {
        let withoutScheme = url.drop(while: { $0 != ":" }).dropFirst(3)
        let parts = withoutScheme.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard let host = parts.first?.lowercased(), parts.count >= 2 else { return nil }
        let bareHost = host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
        let path = Array(parts.dropFirst())
        func at(_ hosts: Set<String>, _ prefix: [String] = []) -> String? {
            guard hosts.contains(bareHost), path.count == prefix.count + 1, Array(path.prefix(prefix.count)) == prefix
            else { return nil }
            return path.last
        }
        switch network {
        case .x: return at(["x.com", "twitter.com", "mobile.twitter.com"])
        case .bluesky: return at(["bsky.app"], ["profile"])
        case .mastodon:
            guard path.count == 1, path[0].hasPrefix("@"), path[0].count > 1 else { return nil }
            return "\(path[0].dropFirst())@\(host)"
        case .instagram: return at(["instagram.com"])
        case .threads: return at(["threads.com", "threads.net"]).flatMap { $0.hasPrefix("@") ? String($0.dropFirst()) : nil }
        case .letterboxd: return at(["letterboxd.com"])
        case .youtube:
            if let channel = at(["youtube.com"], ["channel"]) { return channel }
            return at(["youtube.com"]).flatMap { $0.hasPrefix("@") ? String($0.dropFirst()) : nil }
        case .tiktok: return at(["tiktok.com"]).flatMap { $0.hasPrefix("@") ? String($0.dropFirst()) : nil }
        case .linkedin: return at(["linkedin.com"], ["in"]) ?? at(["linkedin.com"], ["company"])
        }
    }

    private static func isMastodonUser(_ user: Substring) -> Bool {
        // ^[A-Za-z0-9_]+([.-]+[A-Za-z0-9_]+)*$, at most 30 characters.
        let bytes = Array(user.utf8)
        guard (1...30).contains(bytes.count), isWordByte(bytes.first!), isWordByte(bytes.last!) else { return false }
        return bytes.allSatisfy { isWordByte($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") }
    }

    /// At least two labels of 1–63 letters, digits or hyphens, no hyphen at either end, TLD not starting with a digit.
    static func isHostname(_ host: String) -> Bool {
        guard host.utf8.count <= 253 else { return false }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return false }
        for label in labels {
            let bytes = Array(label.utf8)
            guard (1...63).contains(bytes.count), bytes.first != UInt8(ascii: "-"), bytes.last != UInt8(ascii: "-"),
                bytes.allSatisfy({ isASCIIAlphanumeric($0) || $0 == UInt8(ascii: "-") })
            else { return false }
        }
        return !(labels.last!.first!.isNumber)
    }

    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        isASCIIAlphanumeric(byte) || byte == UInt8(ascii: "_")
    }
}

/// Why a handle was rejected, in one sentence.
public struct HandleProblem: Error, Sendable, Equatable {
    /// The explanation shown in the diagnostic.
    public let message: String

    init(_ message: String) { self.message = message }
}
