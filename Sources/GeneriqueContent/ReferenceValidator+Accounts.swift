import GeneriqueCore

extension ReferenceValidator {
    /// Warnings for an account listed by two entries (compared by `Account.identity`, so spellings differing
    /// in case are one account), at the handle of the later file, naming the earlier one. A société and the
    /// profile of its own official account (`kind: organization`, with the société in `companies`) share
    /// their accounts by design; any other pair is warned, société or profile.
    static func sharedAccounts(profiles: [ProfileParser.Parsed], societes: [SocieteParser.Parsed]) -> [Diagnostic] {
        struct Listing {
            let account: Account
            let location: SourceLocation
            /// The société's key, for one of a société's own accounts.
            let societe: String?
            /// The sociétés an official account speaks for: `companies` of a `kind: organization` profile.
            let officialFor: [String]
        }
        var byIdentity: [Account.Identity: [Listing]] = [:]
        for parsed in profiles {
            let profile = parsed.profile
            let officialFor = profile.kind == .organization ? profile.companies : []
            for (account, location) in zip(profile.accounts, parsed.accountLocations) {
                byIdentity[account.identity, default: []].append(
                    Listing(account: account, location: location, societe: nil, officialFor: officialFor))
            }
        }
        for parsed in societes {
            for (account, location) in zip(parsed.societe.accounts, parsed.accountLocations) {
                byIdentity[account.identity, default: []].append(
                    Listing(account: account, location: location, societe: parsed.societe.key, officialFor: []))
            }
        }
        func mayShare(_ one: Listing, _ other: Listing) -> Bool {
            if let societe = one.societe { return other.officialFor.contains(societe) }
            if let societe = other.societe { return one.officialFor.contains(societe) }
            return false
        }
        var diagnostics: [Diagnostic] = []
        for listings in byIdentity.values where listings.count > 1 {
            // Files in path order: the first one to list the account keeps it without a warning.
            let ordered = listings.sorted { $0.location < $1.location }
            for (index, later) in ordered.enumerated().dropFirst() {
                guard let earlier = ordered[..<index].first(where: { !mayShare($0, later) }) else { continue }
                let network = later.account.network
                let account = "\(network.displayName) account \(network.displayHandle(later.account.handle))"
                diagnostics.append(
                    .warning(
                        at: later.location, "\(account) is also listed in \(earlier.location.path)",
                        code: "duplicate-account",
                        hint: "an account belongs to one entry; only a société and the profile of its own official "
                            + "account (kind: organization, with the société in 'companies') share one"))
            }
        }
        return diagnostics
    }
}
