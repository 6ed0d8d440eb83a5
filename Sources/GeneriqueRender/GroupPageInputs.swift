import GeneriqueCore
import GeneriqueIndex

/// Everything a métier or société page is built from — `PageViews.metier` and `PageViews.societe` read
/// nothing else — so that `serve` can compare them with the previous rebuild's instead of building the page's
/// view (hundreds of cards and their structured data) only to fingerprint it. Cards kept from the previous
/// rebuild share their strings, which makes the comparison cheap.
struct GroupPageInputs: Equatable, Sendable {
    enum Group: Equatable, Sendable {
        case metier(Metier)
        case societe(Societe)
    }

    let group: Group
    let memberSlugs: [String]
    let cards: [ProfileCard]
    let downloads: FollowDownloads
    let site: SiteView
    let config: SiteConfig

    init(_ group: MetierGroup, _ views: ViewModelBuilder) {
        self.init(
            .metier(group.metier), members: group.members, downloads: views.exports.metierDownloads[group.metier.key],
            section: .metiers, views)
    }

    init(_ group: SocieteGroup, _ views: ViewModelBuilder) {
        self.init(
            .societe(group.societe), members: group.members,
            downloads: views.exports.societeDownloads[group.societe.key], section: .societes, views)
    }

    private init(
        _ group: Group, members: [Profile], downloads: FollowDownloads?, section: ViewModelBuilder.Section,
        _ views: ViewModelBuilder
    ) {
        self.group = group
        memberSlugs = members.map(\.slug)
        cards = members.map(views.card)
        self.downloads = downloads ?? .none
        site = views.site(current: section)
        config = views.index.config
    }
}
