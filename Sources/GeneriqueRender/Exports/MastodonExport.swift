import GeneriqueCore

/// The CSV files Mastodon imports under Preferences › Import and export: a follow list and lists.
enum MastodonExport {
    /// The follow list's header, byte for byte as Mastodon writes and expects it.
    static let followingHeader = "Account address,Show boosts,Notify on new posts,Languages"

    /// The Mastodon addresses of `profiles`, in their order (duplicates kept: the files drop them).
    static func addresses(of profiles: [Profile]) -> [String] {
        profiles.flatMap { $0.accounts.compactMap(\.mastodonAddress) }
    }

    /// `addresses` each once, in order: spellings of one account (`Elodie@piaille.fr`, `elodie@piaille.fr`)
    /// count once, with the first spelling.
    static func distinct(_ addresses: [String]) -> [String] {
        addresses.uniqued { Account(network: .mastodon, handle: $0).identity }
    }

    /// A "Following list" import: the header, then `user@domain,true,false,` per address, the first
    /// occurrence of each address kept in place. `Languages` stays empty, as in Mastodon's own export: a value
    /// there becomes a per-follow filter that hides the account's posts in every other language.
    static func followingCSV(addresses: [String]) -> String {
        var text = followingHeader + "\n"
        for address in distinct(addresses) {
            text += field(address) + ",true,false,\n"
        }
        return text
    }

    /// A "Lists" import: `List name,Account address` rows, no header, lists in the order given, each account
    /// once per list.
    static func listCSV(lists: [(name: String, addresses: [String])]) -> String {
        var text = ""
        for list in lists {
            for address in distinct(list.addresses) {
                text += field(list.name) + "," + field(address) + "\n"
            }
        }
        return text
    }

    /// One CSV field per RFC 4180: quoted, with quotes doubled, only when it holds a comma, a quote or a line
    /// break, so ordinary names stay exactly as typed.
    static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return value }
        var quoted = "\""
        for character in value {
            quoted += character == "\"" ? "\"\"" : String(character)
        }
        return quoted + "\""
    }
}
