import GeneriqueCore
import Testing

@testable import GeneriqueRender

/// The shortcuts rebuilds take must never hide a change or a problem.
@Suite struct RenderShortcutTests {
    private let card = ProfileCard(
        name: "Élodie Bérard", url: "/profils/elodie-berard/", summary: "Productrice", companies: "Haut et Court",
        isOrganization: false)

    /// Cards are fingerprinted field by field without the encoder: every field must count.
    @Test func everyFieldOfACardChangesItsFingerprint() {
        func fingerprint(_ card: ProfileCard) -> UInt64 { ViewFingerprint.of([card], seed: 0) }
        let variants = [
            ProfileCard(name: "X", url: card.url, summary: card.summary, companies: card.companies, isOrganization: false),
            ProfileCard(name: card.name, url: "/x/", summary: card.summary, companies: card.companies, isOrganization: false),
            ProfileCard(name: card.name, url: card.url, summary: "X", companies: card.companies, isOrganization: false),
            ProfileCard(name: card.name, url: card.url, summary: card.summary, companies: nil, isOrganization: false),
            ProfileCard(name: card.name, url: card.url, summary: card.summary, companies: card.companies, isOrganization: true),
        ]
        #expect(Set(variants.map(fingerprint) + [fingerprint(card)]).count == variants.count + 1)
        #expect(Mirror(reflecting: card).children.count == variants.count, "a new field needs a variant here and in combine(into:)")
    }
}
