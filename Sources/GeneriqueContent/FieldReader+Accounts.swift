import GeneriqueCore

extension FieldReader {
    /// A map of network → handle, validated and normalised, in network order, each with its handle's position.
    mutating func accounts(_ key: String) -> [(account: Account, location: SourceLocation)] {
        guard let value = present(key, required: false, expected: "a map") else { return [] }
        guard case .mapping(let mapping, _) = value else {
            report(key, value, "'\(key)' must be a map of network: handle", code: "wrong-type",
                   hint: "for example:\n    \(key):\n      bluesky: name.bsky.social")
            return []
        }
        var accounts: [(account: Account, location: SourceLocation)] = []
        for (networkNode, handleNode) in mapping {
            let name = networkNode.scalar?.string ?? ""
            guard let network = Network(rawValue: name) else {
                diagnostics.append(Self.unknownNetwork(name, at: document.location(of: networkNode)))
                continue
            }
            guard let handle = handleNode.scalar, !handle.string.isEmpty else {
                diagnostics.append(
                    .error(at: document.location(of: handleNode), "the \(network.displayName) handle must be a text",
                           code: "wrong-type"))
                continue
            }
            switch HandleRules.normalize(handle.string, for: network) {
            case .success(let normalized):
                accounts.append((Account(network: network, handle: normalized), document.location(of: handleNode)))
            case .failure(let problem):
                diagnostics.append(.error(at: document.location(of: handleNode), problem.message, code: "invalid-handle"))
            }
        }
        return accounts.sorted { $0.account.network < $1.account.network }
    }

    /// An entry's accounts (`accounts`, as above), those on the networks listed in `confirmed` marked
    /// confirmed. Each item of that list must be a network on which the entry lists an account (written
    /// under `accounts`, even with a handle that is wrong: that is reported once, at the handle).
    mutating func confirmedAccounts(_ key: String = "accounts", confirmed listKey: String = "confirmed")
        -> [(account: Account, location: SourceLocation)]
    {
        let accounts = accounts(key)
        let items = stringList(listKey) ?? []
        // Without a map of accounts (an error already reported) nothing can be said of the networks listed.
        var written: Set<String>? = []
        switch document.fields.first(where: { $0.key == key })?.value {
        case .mapping(let mapping, _)?: written = Set(mapping.compactMap { $0.key.scalar?.string })
        case let value? where !isNull(value): written = nil
        default: break
        }
        var confirmed: Set<Network> = []
        for (name, location) in items {
            guard let network = Network(rawValue: name) else {
                diagnostics.append(Self.unknownNetwork(name, at: location))
                continue
            }
            if let written, !written.contains(name) {
                diagnostics.append(
                    .error(
                        at: location, "'\(listKey)' lists \(name), but there is no \(network.displayName) account under '\(key)'",
                        code: "confirmed-without-account",
                        hint: "add the \(network.displayName) account under '\(key)', or remove \(name) from '\(listKey)'"))
                continue
            }
            confirmed.insert(network)
        }
        diagnostics += ReferenceValidator.repeatedReferences(items.map(\.text), items.map(\.location), field: listKey)
        return accounts.map { listed in
            let account = listed.account
            return (Account(network: account.network, handle: account.handle, isConfirmed: confirmed.contains(account.network)),
                    listed.location)
        }
    }

    private static func unknownNetwork(_ name: String, at location: SourceLocation) -> Diagnostic {
        let networks = Network.allCases.map(\.rawValue)
        return .error(
            at: location, "unknown network '\(name)'", code: "unknown-network",
            hint: Suggestion.hint(for: name, in: networks) ?? "networks: \(networks.joined(separator: ", "))")
    }
}
