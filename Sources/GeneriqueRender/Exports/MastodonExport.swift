import GeneriqueCore

/// The CSV files Mastodon imports under Preferences › Import and export: a follow list and lists.
enum MastodonExport {
    /// The follow list's header, byte for byte as Mastodon writes and expects it.
    static let followingHeader = "Account address,Show boosts,Notify on new posts,Languages"

    /// The Mastodon addresses of `profiles`, in their order (duplicates kept: the files drop them).
    static func addresses(of profiles: [Profile]) -> [String] {
        profiles.flatMap { $0.accounts.compactMap(\.mastodonAddress) }
    }

    /// A "Following list" import: the header, then `user@domain,true,false,fr` per address, the first
    /// occurrence of each address kept in place.
    static func followingCSV(addresses: [String]) -> String {
        var text = followingHeader + "\n"
        for address in addresses.uniqued() {
            text += field(address) + ",true,false,fr\n"
        }
        return text
    }

    /// A "Lists" import: `List name,Account address` rows, no header, lists in the order given, each address
    /// once per list.
    static func listCSV(lists: [(name: String, addresses: [String])]) -> String {
        var text = ""
        for list in lists {
            for address in list.addresses.uniqued() {
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
