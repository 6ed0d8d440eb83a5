import Foundation

/// Which addresses `verify` may connect to: public ones only. Content is written by many hands and runs on
/// editors' laptops and in CI, so a URL must never reach the machine itself, its local network or a cloud
/// metadata service (169.254.169.254) — whether it names such an address or a host that resolves to one.
enum AddressPolicy {
    /// Why `host` may not be fetched by name alone (`localhost` and its sub-domains), or nil.
    static func problem(withName host: String) -> String? {
        let name = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))
        if name == "localhost" || name.hasSuffix(".localhost") || name == "localhost.localdomain" {
            return "'\(host)' names this machine"
        }
        return nil
    }

    /// Why the address may not be connected to (loopback, private, link-local…), or nil for a public one.
    static func problem(with address: IPAddress) -> String? {
        switch address {
        case .v4(let bytes): problem(withIPv4: bytes).map { "\(address) is \($0)" }
        case .v6(let bytes): problem(withIPv6: bytes).map { "\(address) is \($0)" }
        }
    }

    private static func problem(withIPv4 b: [UInt8]) -> String? {
        switch (b[0], b[1]) {
        case (0, _): "a 'this network' address (0.0.0.0/8)"
        case (10, _), (172, 16...31), (192, 168): "a private address (RFC 1918)"
        case (100, 64...127): "a shared address (CGNAT, 100.64.0.0/10)"
        case (127, _): "a loopback address"
        case (169, 254): "a link-local address"
        case (192, 0) where b[2] == 0: "a protocol assignment address (192.0.0.0/24)"
        case (198, 18...19): "a benchmarking address (198.18.0.0/15)"
        case (224...239, _): "a multicast address"
        case (240...255, _): "a reserved or broadcast address"
        default: nil
        }
    }

    private static func problem(withIPv6 b: [UInt8]) -> String? {
        let leadingZeros = b.prefix(10).allSatisfy { $0 == 0 }
        // IPv4 written in IPv6 (::ffff:a.b.c.d, the deprecated ::a.b.c.d, and NAT64's 64:ff9b::a.b.c.d) is
        // judged by its IPv4 address.
        if leadingZeros && b[10] == 0xFF && b[11] == 0xFF { return problem(withIPv4: Array(b[12...])) }
        if b == [UInt8](repeating: 0, count: 15) + [1] { return "the loopback address" }
        if b.allSatisfy({ $0 == 0 }) { return "the unspecified address" }
        if leadingZeros && b[10] == 0 && b[11] == 0 { return problem(withIPv4: Array(b[12...])) ?? "an IPv4-compatible address" }
        if b[0] == 0x00, b[1] == 0x64, b[2] == 0xFF, b[3] == 0x9B, b[4...11].allSatisfy({ $0 == 0 }) {
            return problem(withIPv4: Array(b[12...]))
        }
        if b[0] & 0xFE == 0xFC { return "a unique-local address (fc00::/7)" }
        if b[0] == 0xFE && b[1] & 0xC0 == 0x80 { return "a link-local address (fe80::/10)" }
        if b[0] == 0xFE && b[1] & 0xC0 == 0xC0 { return "a site-local address (fec0::/10)" }
        if b[0] == 0xFF { return "a multicast address" }
        return nil
    }
}
