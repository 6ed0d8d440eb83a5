import GeneriqueCore
import GeneriqueIndex

/// Turns index values into view models: URLs, labels, counts and dates computed once, here.
struct ViewModelBuilder: Sendable {
    let index: SiteIndex
    let urls: SiteURLs
    /// The files that are not pages, and the download links group pages show.
    let exports: SiteExports
    /// Each section's `SiteView`, built once.
    private var sites: [Section: SiteView]
    /// "name\nsummary" of profiles that share both with another: their titles also need the slug.
    let ambiguousSummaries: Set<String>

    /// Creates the builder.
    init(index: SiteIndex, exports: SiteExports) {
        self.index = index
        urls = SiteURLs(config: index.config)
        self.exports = exports
        var seen: Set<String> = []
        var ambiguous: Set<String> = []
        for profile in index.profiles where index.sharedNames.contains(profile.name) {
            let key = profile.name + "\n" + Self.summary(of: profile, in: index)
            if !seen.insert(key).inserted { ambiguous.insert(key) }
        }
        ambiguousSummaries = ambiguous
        sites = [:]
        let sections = [Section.home, .metiers, .societes, .profiles, .search, .other] + index.pages.map { Section.page($0.slug) }
        // Every page of a section shares one SiteView: built once here, not once per page.
        var built: [Section: SiteView] = [:]
        for section in sections { built[section] = site(current: section) }
        sites = built
    }

    /// Navigation sections; the one matching `section` is marked current.
    enum Section: Hashable { case home, metiers, societes, profiles, search, page(String), other }

    func site(current section: Section) -> SiteView {
        if let built = sites[section] { return built }
        let navigation = [
            NavigationLink(label: "Accueil", url: urls.home, isCurrent: section == .home),
            NavigationLink(label: "Métiers", url: urls.metiers, isCurrent: section == .metiers),
            NavigationLink(label: "Sociétés", url: urls.societes, isCurrent: section == .societes),
            NavigationLink(label: "Profils de A à Z", url: urls.profiles, isCurrent: section == .profiles),
            NavigationLink(label: "Rechercher", url: urls.search, isCurrent: section == .search),
        ]
        return SiteView(
            title: index.config.title, description: index.config.description,
            language: index.config.language, homeURL: urls.home, stylesheetURL: urls.stylesheet,
            navigation: navigation,
            footerLinks: index.pages.map {
                NavigationLink(
                    label: $0.title, url: urls.page($0.slug),
                    isCurrent: section == .page($0.slug))
            },
            accounts: accountLinks(index.config.accounts, owner: index.config.title, isOrganization: true),
            fediverseCreator: index.config.accounts.first { $0.network == .mastodon }.map { "@" + $0.handle },
            feedURL: urls.atom, openDataURL: urls.openData)
    }

    /// A page's identity; `titleDetail` goes in parentheses after the heading in `<title>`; `structuredData`
    /// lists its JSON-LD nodes (the page's own, the site's is added).
    func meta(
        heading: String, titleDetail: String? = nil, description: String, url: String, isHome: Bool = false,
        structuredData: [JSONValue] = []
    ) -> PageMeta {
        let pageURL = urls.absolute(url)
        let siteURL = urls.absolute(urls.home)
        let website = JSONLD.webSite(
            siteURL: siteURL, name: index.config.title, description: index.config.description,
            language: index.config.language)
        var own = structuredData
        if own.isEmpty && !isHome { own = [JSONLD.webPage(pageURL: pageURL, name: heading, siteURL: siteURL)] }
        return PageMeta(
            title: isHome ? index.config.title : "\(heading)\(titleDetail.map { " (\($0))" } ?? "") — \(index.config.title)",
            heading: heading,
            description: description, canonicalURL: pageURL, url: url,
            jsonLD: JSONLD.graph([website] + own))
    }

    /// The profile's card, as lists show it.
    func card(_ profile: Profile) -> ProfileCard {
        ProfileCard(
            name: profile.name, url: urls.profile(profile.slug), summary: summary(of: profile),
            companies: companyNames(of: profile), isOrganization: profile.kind == .organization)
    }

    /// The profile's sociétés as one line, without an official account's own société of the same name.
    func companyNames(of profile: Profile) -> String? {
        let names = profile.companies.compactMap { index.societesByKey[$0]?.name }
            .filter { !(profile.kind == .organization && CollationKey($0).primary == CollationKey(profile.name).primary) }
        return names.isEmpty ? nil : names.joined(separator: ", ")
    }

    /// The role if given, else the métiers' activity labels.
    func summary(of profile: Profile) -> String {
        Self.summary(of: profile, in: index)
    }

    private static func summary(of profile: Profile, in index: SiteIndex) -> String {
        if let role = profile.role { return role }
        return profile.professions.compactMap { index.metiersByKey[$0]?.label }.joined(separator: ", ")
    }

    func accountLinks(_ accounts: [Account], owner: String, isOrganization: Bool) -> [AccountLink] {
        accounts.map { account in
            AccountLink(
                network: account.network.displayName, networkKey: account.network.rawValue,
                handle: account.network.displayHandle(account.handle),
                url: account.network.profileURL(handle: account.handle, isOrganization: isOrganization),
                accessibleName: "\(owner) sur \(account.network.displayName)", isConfirmed: account.isConfirmed)
        }
    }

    func memberCount(_ count: Int) -> String {
        FrenchFormat.count(count, "profil", "profils", none: "aucun profil")
    }

    static func date(_ date: LocalDate?) -> DateView? {
        date.map { DateView(iso: $0.iso, text: $0.french) }
    }

    static func external(_ url: String?) -> ExternalLink? {
        guard let url else { return nil }
        var label = Substring(url)
        for prefix in ["https://", "http://", "mailto:"] where label.hasPrefix(prefix) {
            label = label.dropFirst(prefix.count)
        }
        if label.hasSuffix("/") { label = label.dropLast() }
        return ExternalLink(url: url, label: String(label))
    }

    /// The first sentences of a text, cut at a word boundary, for meta descriptions.
    static func excerpt(_ text: String, limit: Int = 160) -> String {
        // One pass over the scalars, white space collapsed, stopping just past the limit; UTF-8 collected as
        // bytes (appending scalar by scalar to a String cost more than the rest of the page's view).
        var flattened: [UInt8] = []
        flattened.reserveCapacity(min(text.utf8.count, 4 * (limit + 2)))
        var count = 0
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if Self.isCollapsedSpace(scalar) {
                pendingSpace = !flattened.isEmpty
                continue
            }
            if pendingSpace {
                flattened.append(UInt8(ascii: " "))
                count += 1
                pendingSpace = false
            }
            UTF8.encode(scalar) { flattened.append($0) }
            count += 1
            if count > limit + 1 { break }
        }
        let result = String(decoding: flattened, as: UTF8.self)
        guard result.count > limit else { return result }
        let cut = result.prefix(limit)
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return atWord.trimmingCharacters(in: ",;:") + "…"
    }

    /// White space that `excerpt` collapses: Unicode's, except the no-break spaces of French typography.
    /// ASCII is decided without the Unicode property lookup, which profiled at 1 % of a build.
    static func isCollapsedSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
        return scalar.properties.isWhitespace && scalar != "\u{A0}" && scalar != "\u{202F}"
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var text = self
        while let last = text.last, set.contains(last) || last == " " { text = text.dropLast() }
        return String(text)
    }
}
