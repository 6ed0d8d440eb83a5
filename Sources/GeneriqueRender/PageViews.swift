import GeneriqueCore
import GeneriqueIndex

/// One function per page kind: index values → the view model its template renders.
enum PageViews {
    static func home(_ views: ViewModelBuilder) -> HomePageView {
        let index = views.index
        let stats = [
            FrenchFormat.count(index.profiles.count, "profil", "profils"),
            FrenchFormat.count(index.metiers.count, "métier", "métiers"),
            FrenchFormat.count(index.societes.count, "société", "sociétés"),
        ].joined(separator: ", ")
        return HomePageView(
            site: views.site(current: .home),
            page: views.meta(
                heading: index.config.title, description: index.intro.description ?? index.config.description,
                url: views.urls.home, isHome: true),
            introHTML: index.intro.body.html, metiers: metierSummaries(views), recent: index.recent.map(views.card),
            statsLabel: stats, profilesURL: views.urls.profiles, societesURL: views.urls.societes,
            follow: views.exports.guideDownloads)
    }

    static func profileIndex(_ views: ViewModelBuilder) -> ProfileIndexPageView {
        let sections = views.index.letters
        let present = Set(sections.map(\.letter))
        return ProfileIndexPageView(
            site: views.site(current: .profiles),
            page: views.meta(
                heading: "Profils de A à Z",
                description: "Tous les profils du guide, par ordre alphabétique.", url: views.urls.profiles,
                structuredData: [
                    collection(
                        views, url: views.urls.profiles, name: "Profils de A à Z",
                        items: sections.flatMap { $0.profiles.map { views.urls.profile($0.slug) } })
                ]),
            countLabel: views.memberCount(views.index.profiles.count),
            letters: SiteIndex.letterOrder.map { LetterLink(letter: $0, href: present.contains($0) ? "#\(anchor($0))" : nil) },
            groups: sections.map { LetterGroup(letter: $0.letter, anchor: anchor($0.letter), profiles: $0.profiles.map(views.card)) })
    }

    /// Everything a profile page is built from: `profile(_:shared:_:)` reads nothing else, so equal inputs mean
    /// an equal page (which lets `serve` skip building and fingerprinting the pages of unchanged profiles).
    struct ProfileInputs: Equatable, Sendable {
        let profile: Profile
        let summary: String
        /// What the title adds to a name other profiles share, so that every page's title is unique.
        let titleDetail: String?
        let metiers: [LabelledLink]
        let societes: [LabelledLink]
    }

    /// The inputs every profile page shares: compared once per rebuild, not once per profile.
    struct SharedProfileInputs: Equatable, Sendable {
        let site: SiteView
        /// Title, base URL and accounts of the guide: what `meta` and the URLs are made of.
        let config: SiteConfig
    }

    static func profileInputs(_ profile: Profile, _ views: ViewModelBuilder) -> ProfileInputs {
        let summary = views.summary(of: profile)
        // An official account is often named like its société, whose page has the plain name as title.
        var detail: String? = profile.kind == .organization ? "compte officiel" : nil
        if views.index.sharedNames.contains(profile.name) {
            detail = summary.isEmpty ? profile.slug : summary
            if views.ambiguousSummaries.contains(profile.name + "\n" + summary) { detail = "\(summary), \(profile.slug)" }
        }
        return ProfileInputs(
            profile: profile, summary: summary, titleDetail: detail,
            metiers: profile.professions.compactMap { key in
                views.index.metiersByKey[key].map { LabelledLink(label: $0.label, url: views.urls.metier(key)) }
            },
            societes: profile.companies.compactMap { key in
                views.index.societesByKey[key].map { LabelledLink(label: $0.name, url: views.urls.societe(key)) }
            })
    }

    static func sharedProfileInputs(_ views: ViewModelBuilder) -> SharedProfileInputs {
        SharedProfileInputs(site: views.site(current: .profiles), config: views.index.config)
    }

    /// A profile page from its inputs; `views` only lends its configuration-derived helpers (meta, URLs).
    static func profile(_ inputs: ProfileInputs, shared: SharedProfileInputs, _ views: ViewModelBuilder) -> ProfilePageView {
        let profile = inputs.profile
        let bioExcerpt = ViewModelBuilder.excerpt(profile.bio.summary)
        let description =
            bioExcerpt.isEmpty ? "\(profile.name) — \(inputs.summary)\u{A0}: où suivre ses comptes en ligne." : bioExcerpt
        let metiers = inputs.metiers
        let societes = inputs.societes
        return ProfilePageView(
            site: shared.site,
            page: views.meta(
                heading: profile.name, titleDetail: inputs.titleDetail, description: description,
                url: views.urls.profile(profile.slug),
                structuredData: [profileNode(inputs, views)]),
            name: profile.name, role: profile.role,
            kindLabel: profile.kind == .organization ? "Compte officiel" : nil,
            metiers: metiers, metiersHeading: metiers.count > 1 ? "Métiers" : "Métier",
            societes: societes, societesHeading: societes.count > 1 ? "Sociétés" : "Société",
            accounts: views.accountLinks(profile.accounts, owner: profile.name, isOrganization: profile.kind == .organization),
            website: ViewModelBuilder.external(profile.website), feed: ViewModelBuilder.external(profile.feed),
            bioHTML: profile.bio.html, record: EntryRecordView.of(
                added: profile.added, verified: profile.verified, sources: profile.sources, wikidata: profile.wikidata))
    }

    static func metierIndex(_ views: ViewModelBuilder) -> MetierIndexPageView {
        MetierIndexPageView(
            site: views.site(current: .metiers),
            page: views.meta(
                heading: "Métiers", description: "Les professionnels du cinéma français à suivre, métier par métier.",
                url: views.urls.metiers,
                structuredData: [
                    collection(
                        views, url: views.urls.metiers, name: "Métiers",
                        items: views.index.metiers.map { views.urls.metier($0.metier.key) })
                ]),
            metiers: metierSummaries(views))
    }

    static func metier(_ group: MetierGroup, _ views: ViewModelBuilder) -> MetierPageView {
        let metier = group.metier
        let description = ViewModelBuilder.excerpt(metier.description.summary)
        return MetierPageView(
            site: views.site(current: .metiers),
            page: views.meta(
                heading: metier.title, description: description.isEmpty ? metier.title : description,
                url: views.urls.metier(metier.key),
                structuredData: [
                    collection(
                        views, url: views.urls.metier(metier.key), name: metier.title,
                        items: group.members.map { views.urls.profile($0.slug) })
                ]),
            label: metier.label, descriptionHTML: metier.description.html,
            countLabel: views.memberCount(group.members.count), members: group.members.map(views.card),
            follow: views.exports.metierDownloads[metier.key] ?? .none)
    }

    static func societeIndex(_ views: ViewModelBuilder) -> SocieteIndexPageView {
        SocieteIndexPageView(
            site: views.site(current: .societes),
            page: views.meta(
                heading: "Sociétés",
                description: "Sociétés de production et de distribution, festivals, institutions et médias du cinéma français.",
                url: views.urls.societes,
                structuredData: [
                    collection(
                        views, url: views.urls.societes, name: "Sociétés",
                        items: views.index.societes.map { views.urls.societe($0.societe.key) })
                ]),
            kinds: views.index.societeKinds.map { section in
                SocieteKindGroup(
                    label: section.kind.label, anchor: "type-\(section.kind.rawValue)",
                    societes: section.societes.map {
                        SocieteSummary(
                            name: $0.societe.name, url: views.urls.societe($0.societe.key),
                            countLabel: views.memberCount($0.members.count))
                    })
            })
    }

    static func societe(_ group: SocieteGroup, _ views: ViewModelBuilder) -> SocietePageView {
        let societe = group.societe
        let excerpt = ViewModelBuilder.excerpt(societe.description.summary)
        return SocietePageView(
            site: views.site(current: .societes),
            page: views.meta(
                heading: societe.name, description: excerpt.isEmpty ? "\(societe.name)\u{A0}: \(societe.kind.label)." : excerpt,
                url: views.urls.societe(societe.key),
                structuredData: [
                    JSONLD.organization(
                        pageURL: views.urls.absolute(views.urls.societe(societe.key)), name: societe.name,
                        website: societe.website, accountURLs: accountURLs(societe.accounts, isOrganization: true),
                        wikidata: societe.wikidata),
                    collection(
                        views, url: views.urls.societe(societe.key), name: societe.name,
                        items: group.members.map { views.urls.profile($0.slug) }),
                ]),
            kindLabel: societe.kind.label, website: ViewModelBuilder.external(societe.website),
            accounts: views.accountLinks(societe.accounts, owner: societe.name, isOrganization: true),
            descriptionHTML: societe.description.html, countLabel: views.memberCount(group.members.count),
            members: group.members.map(views.card),
            record: EntryRecordView.of(verified: societe.verified, sources: societe.sources, wikidata: societe.wikidata),
            follow: views.exports.societeDownloads[societe.key] ?? .none)
    }

    static func freePage(_ page: FreePage, _ views: ViewModelBuilder) -> FreePageView {
        FreePageView(
            site: views.site(current: .page(page.slug)),
            page: views.meta(
                heading: page.title, description: page.description ?? ViewModelBuilder.excerpt(page.body.summary),
                url: views.urls.page(page.slug)),
            bodyHTML: page.body.html)
    }

    static func search(_ views: ViewModelBuilder) -> SearchPageView {
        let present = Set(views.index.letters.map(\.letter))
        return SearchPageView(
            site: views.site(current: .search),
            page: views.meta(
                heading: "Rechercher", description: "Trouver un profil du guide par son nom, son métier ou sa société.",
                url: views.urls.search),
            indexURL: views.urls.searchIndex, scriptURL: views.urls.asset("recherche.js"),
            letters: SiteIndex.letterOrder.map {
                LetterLink(letter: $0, href: present.contains($0) ? views.urls.profiles + "#\(anchor($0))" : nil)
            },
            metiers: metierSummaries(views), societesURL: views.urls.societes)
    }

    static func notFound(_ views: ViewModelBuilder) -> NotFoundPageView {
        NotFoundPageView(
            site: views.site(current: .other),
            page: views.meta(
                heading: "Page introuvable", description: "Cette page n’existe pas ou plus.",
                url: views.urls.notFound),
            links: [
                LabelledLink(label: "Accueil du guide", url: views.urls.home),
                LabelledLink(label: "Tous les profils de A à Z", url: views.urls.profiles),
                LabelledLink(label: "Les métiers", url: views.urls.metiers),
                LabelledLink(label: "Les sociétés", url: views.urls.societes),
                LabelledLink(label: "Rechercher un profil", url: views.urls.search),
            ])
    }

    private static func metierSummaries(_ views: ViewModelBuilder) -> [MetierSummary] {
        views.index.metiers.map {
            MetierSummary(
                title: $0.metier.title, label: $0.metier.label,
                url: views.urls.metier($0.metier.key), count: $0.members.count,
                countLabel: views.memberCount($0.members.count))
        }
    }

    /// `A` → `lettre-a`, `0–9` → `lettre-0-9`, `#` → `lettre-autres`.
    private static func anchor(_ letter: String) -> String {
        letter == "#" ? "lettre-autres" : "lettre-" + Slug.make(from: letter)
    }
}
