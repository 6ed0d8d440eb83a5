import GeneriqueCore

/// schema.org nodes for the JSON-LD `@graph` of each page, built from absolute URLs the caller computes.
///
/// Every node has a stable `@id` made of its page URL and a fragment (`#person`, `#organization`, `#website`),
/// so nodes on different pages refer to one another without repeating themselves.
enum JSONLD {
    /// A person: `@id` `pageURL#person`, `jobTitle` when there is a role, `sameAs` every account URL, the
    /// website and the Wikidata item, `worksFor` a reference to each société's organisation node.
    static func person(
        pageURL: String, name: String, jobTitle: String?, accountURLs: [String], website: String?,
        wikidata: WikidataItem?, societePageURLs: [String]
    ) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("@type", .string("Person")),
            ("@id", .string(pageURL + "#person")),
            ("name", .string(name)),
        ]
        if let jobTitle { members.append(("jobTitle", .string(jobTitle))) }
        members.append(("url", .string(pageURL)))
        appendSameAs(accountURLs: accountURLs, website: website, wikidata: wikidata, to: &members)
        if !societePageURLs.isEmpty {
            members.append(("worksFor", .array(societePageURLs.map { reference($0 + "#organization") })))
        }
        return .object(members)
    }

    /// A société: `@id` `pageURL#organization`, `url` its website (the guide's page when it has none), `sameAs`
    /// every account URL, the website and the Wikidata item.
    static func organization(
        pageURL: String, name: String, website: String?, accountURLs: [String], wikidata: WikidataItem?
    ) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("@type", .string("Organization")),
            ("@id", .string(pageURL + "#organization")),
            ("name", .string(name)),
            ("url", .string(website ?? pageURL)),
        ]
        appendSameAs(accountURLs: accountURLs, website: website, wikidata: wikidata, to: &members)
        return .object(members)
    }

    /// A group page (a métier, a letter, a société's people): a `CollectionPage` whose main entity is an
    /// `ItemList` of the member pages, numbered from 1 in the order given.
    static func collectionPage(pageURL: String, name: String, siteURL: String, itemURLs: [String]) -> JSONValue {
        let items = itemURLs.enumerated().map { index, url in
            JSONValue.object([("@type", .string("ListItem")), ("position", .number(index + 1)), ("url", .string(url))])
        }
        return .object([
            ("@type", .string("CollectionPage")),
            ("@id", .string(pageURL)),
            ("url", .string(pageURL)),
            ("name", .string(name)),
            ("isPartOf", reference(siteURL + "#website")),
            (
                "mainEntity",
                .object([
                    ("@type", .string("ItemList")),
                    ("numberOfItems", .number(itemURLs.count)),
                    ("itemListElement", .array(items)),
                ])
            ),
        ])
    }

    /// The guide itself, for the home page: `@id` `siteURL#website`.
    static func webSite(siteURL: String, name: String, description: String?, language: String) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("@type", .string("WebSite")),
            ("@id", .string(siteURL + "#website")),
            ("url", .string(siteURL)),
            ("name", .string(name)),
        ]
        if let description { members.append(("description", .string(description))) }
        members.append(("inLanguage", .string(language)))
        return .object(members)
    }

    /// Any other page of the guide (a free page, the 404 page).
    static func webPage(pageURL: String, name: String, siteURL: String) -> JSONValue {
        .object([
            ("@type", .string("WebPage")),
            ("@id", .string(pageURL)),
            ("url", .string(pageURL)),
            ("name", .string(name)),
            ("isPartOf", reference(siteURL + "#website")),
        ])
    }

    /// The text of a page's `<script type="application/ld+json">`: `{"@context":"https://schema.org","@graph":[…]}`.
    static func graph(_ nodes: [JSONValue]) -> String {
        JSONValue.object([("@context", .string("https://schema.org")), ("@graph", .array(nodes))]).rendered()
    }

    private static func reference(_ id: String) -> JSONValue {
        .object([("@id", .string(id))])
    }

    /// Adds `sameAs` (account URLs, the website, the Wikidata item) only when there is something to list: an
    /// empty array would claim a property with no value.
    private static func appendSameAs(
        accountURLs: [String], website: String?, wikidata: WikidataItem?, to members: inout [(String, JSONValue)]
    ) {
        let urls = accountURLs + [website, wikidata?.url].compactMap { $0 }
        if !urls.isEmpty { members.append(("sameAs", .array(urls.map(JSONValue.string)))) }
    }
}
