import GeneriqueCore
import GeneriqueIndex

/// `/donnees/guide.json`: the whole guide as data, for journalists and anyone building a starter pack. The
/// schema (README, "Open data") is versioned; keys and arrays come in a fixed order, so the same guide gives
/// the same bytes.
enum OpenData {
    static let schemaVersion = 2

    static func document(_ index: SiteIndex, urls: SiteURLs) -> String {
        let root: JSONValue = .object([
            ("schemaVersion", .number(schemaVersion)),
            ("title", .string(index.config.title)),
            ("url", .string(urls.absolute(urls.home))),
            ("metiers", .array(index.metiers.map { metier($0, urls) })),
            ("societes", .array(index.societes.map { societe($0, urls) })),
            ("profiles", .array(index.profiles.map { profile($0, urls) })),
        ])
        return root.rendered() + "\n"
    }

    private static func metier(_ group: MetierGroup, _ urls: SiteURLs) -> JSONValue {
        .object([
            ("key", .string(group.metier.key)),
            ("title", .string(group.metier.title)),
            ("label", .string(group.metier.label)),
            ("url", .string(urls.absolute(urls.metier(group.metier.key)))),
            ("profiles", .array(group.members.map { .string($0.slug) })),
        ])
    }

    private static func societe(_ group: SocieteGroup, _ urls: SiteURLs) -> JSONValue {
        let societe = group.societe
        return .object([
            ("key", .string(societe.key)),
            ("name", .string(societe.name)),
            ("kind", .string(societe.kind.rawValue)),
            ("url", .string(urls.absolute(urls.societe(societe.key)))),
            ("website", optional(societe.website)),
            ("accounts", accounts(societe.accounts, isOrganization: true)),
            ("wikidata", optional(societe.wikidata?.id)),
            ("profiles", .array(group.members.map { .string($0.slug) })),
            ("verified", optional(societe.verified?.iso)),
            ("sources", .array(societe.sources.map(JSONValue.string))),
        ])
    }

    private static func profile(_ profile: Profile, _ urls: SiteURLs) -> JSONValue {
        .object([
            ("slug", .string(profile.slug)),
            ("name", .string(profile.name)),
            ("kind", .string(profile.kind.rawValue)),
            ("role", optional(profile.role)),
            ("url", .string(urls.absolute(urls.profile(profile.slug)))),
            ("metiers", .array(profile.professions.map(JSONValue.string))),
            ("societes", .array(profile.companies.map(JSONValue.string))),
            ("accounts", accounts(profile.accounts, isOrganization: profile.kind == .organization)),
            ("website", optional(profile.website)),
            ("feed", optional(profile.feed)),
            ("wikidata", optional(profile.wikidata?.id)),
            ("added", optional(profile.added?.iso)),
            ("verified", optional(profile.verified?.iso)),
            ("sources", .array(profile.sources.map(JSONValue.string))),
        ])
    }

    private static func accounts(_ accounts: [Account], isOrganization: Bool) -> JSONValue {
        .array(
            accounts.map { account in
                .object([
                    ("network", .string(account.network.rawValue)),
                    ("handle", .string(account.handle)),
                    ("url", .string(account.network.profileURL(handle: account.handle, isOrganization: isOrganization))),
                    ("confirmed", .bool(account.isConfirmed)),
                ])
            })
    }

    private static func optional(_ text: String?) -> JSONValue {
        text.map(JSONValue.string) ?? .null
    }
}
