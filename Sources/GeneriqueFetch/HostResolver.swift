import Foundation

/// Why a host cannot be fetched before any connection: its name does not exist, or it is not public.
enum ResolveFailure: Error, Sendable, Hashable {
    /// The name does not exist (NXDOMAIN): the domain is gone.
    case notFound(String)
    /// Name resolution failed for now (no network, a resolver timing out).
    case failed(String)
    /// The host is, or resolves to, an address `AddressPolicy` refuses.
    case refused(String)
}

/// Looks a host up with `getaddrinfo` and checks every address it gives against `AddressPolicy`.
///
/// The check happens before URLSession connects, and URLSession resolves the name again: DNS can answer
/// differently in between (the README says so). A closure, so a test can stand in for DNS without sending
/// a query.
struct HostResolver: Sendable {
    /// The addresses of a host name, or why there are none.
    let lookUp: @Sendable (String) async -> Result<[IPAddress], ResolveFailure>

    /// The system's resolver.
    static let system = HostResolver { host in
        await withCheckedContinuation { continuation in
            // getaddrinfo blocks: run it on a thread of its own, never on the cooperative pool's few threads.
            Thread.detachNewThread { continuation.resume(returning: getAddresses(host)) }
        }
    }

    /// Nil when `host` may be connected to; otherwise why not.
    func check(_ host: String) async -> ResolveFailure? {
        if let problem = AddressPolicy.problem(withName: host) { return .refused(problem) }
        if let literal = IPAddress(literal: host) {
            return AddressPolicy.problem(with: literal).map(ResolveFailure.refused)
        }
        switch await lookUp(host) {
        case .failure(let failure): return failure
        case .success(let addresses):
            if addresses.isEmpty { return .notFound("'\(host)' has no address") }
            for address in addresses {
                if let problem = AddressPolicy.problem(with: address) { return .refused("'\(host)' resolves to \(problem)") }
            }
            return nil
        }
    }

    private static func getAddresses(_ host: String) -> Result<[IPAddress], ResolveFailure> {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, nil, &hints, &list)
        defer { if let list { freeaddrinfo(list) } }
        guard status == 0 else {
            let reason = String(cString: gai_strerror(status))
            // Only EAI_NONAME says the name does not exist; anything else (EAI_AGAIN, no address of this
            // family…) may be the resolver's trouble, not the domain's.
            return status == EAI_NONAME
                ? .failure(.notFound("'\(host)': \(reason)")) : .failure(.failed("'\(host)': \(reason)"))
        }
        var addresses: [IPAddress] = []
        var entry = list
        while let info = entry?.pointee {
            if let socketAddress = info.ai_addr {
                switch info.ai_family {
                case AF_INET:
                    socketAddress.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { pointer in
                        var address = pointer.pointee.sin_addr
                        addresses.append(.v4(withUnsafeBytes(of: &address) { Array($0) }))
                    }
                case AF_INET6:
                    socketAddress.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { pointer in
                        var address = pointer.pointee.sin6_addr
                        addresses.append(.v6(withUnsafeBytes(of: &address) { Array($0) }))
                    }
                default: break
                }
            }
            entry = info.ai_next
        }
        return .success(addresses)
    }
}
