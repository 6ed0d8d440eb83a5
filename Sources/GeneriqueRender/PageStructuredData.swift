import GeneriqueCore

/// The schema.org JSON-LD nodes of the pages (see `JSONLD` for the nodes themselves): absolute URLs, and a
/// Person or an Organization for a profile.
extension PageViews {
    /// A group page's structured data: a CollectionPage listing its members' pages (absolute URLs).
    static func collection(_ views: ViewModelBuilder, url: String, name: String, items: [String]) -> JSONValue {
        JSONLD.collectionPage(
            pageURL: views.urls.absolute(url), name: name, siteURL: views.urls.absolute(views.urls.home),
            itemURLs: items.map(views.urls.absolute))
    }

    /// A profile page's structured data: a Person, or an Organization for an official account.
    static func profileNode(_ inputs: ProfileInputs, _ views: ViewModelBuilder) -> JSONValue {
        let profile = inputs.profile
        let pageURL = views.urls.absolute(views.urls.profile(profile.slug))
        let isOrganization = profile.kind == .organization
        let accounts = accountURLs(profile.accounts, isOrganization: isOrganization)
        if isOrganization {
            return JSONLD.organization(
                pageURL: pageURL, name: profile.name, website: profile.website, accountURLs: accounts,
                wikidata: profile.wikidata)
        }
        return JSONLD.person(
            pageURL: pageURL, name: profile.name, jobTitle: profile.role, accountURLs: accounts, website: profile.website,
            wikidata: profile.wikidata, societePageURLs: inputs.societes.map { views.urls.absolute($0.url) })
    }

    static func accountURLs(_ accounts: [Account], isOrganization: Bool) -> [String] {
        accounts.map { $0.network.profileURL(handle: $0.handle, isOrganization: isOrganization) }
    }
}
