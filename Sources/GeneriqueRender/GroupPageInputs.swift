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
        self.group = .metier(group.metier)
        memberSlugs = group.members.map(\.slug)
        cards = group.members.map(views.card)
        downloads = views.exports.metierDownloads[group.metier.key] ?? .none
        site = views.site(current: .metiers)
        config = views.index.config
    }

    init(_ group: SocieteGroup, _ views: ViewModelBuilder) {
        self.group = .societe(group.societe)
        memberSlugs = group.members.map(\.slug)
        cards = group.members.map(views.card)
        downloads = views.exports.societeDownloads[group.societe.key] ?? .none
        site = views.site(current: .societes)
        config = views.index.config
    }
}
