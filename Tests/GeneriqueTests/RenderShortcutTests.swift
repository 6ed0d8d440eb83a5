import GeneriqueCore
import Testing

@testable import GeneriqueRender

/// The shortcuts rebuilds take must never hide a change or a problem.
@Suite struct RenderShortcutTests {
    private let card = ProfileCard(
        name: "Élodie Bérard", url: "/profils/elodie-berard/", summary: "Productrice", companies: "Haut et Court",
        isOrganization: false)

    /// Views are fingerprinted from their field lists: every field must count.
    @Test func everyFieldOfACardChangesItsFingerprint() {
        func fingerprint(_ card: ProfileCard) -> UInt64 { ViewFingerprint.of(card, seed: 0) }
        let variants = [
            ProfileCard(name: "X", url: card.url, summary: card.summary, companies: card.companies, isOrganization: false),
            ProfileCard(name: card.name, url: "/x/", summary: card.summary, companies: card.companies, isOrganization: false),
            ProfileCard(name: card.name, url: card.url, summary: "X", companies: card.companies, isOrganization: false),
            ProfileCard(name: card.name, url: card.url, summary: card.summary, companies: nil, isOrganization: false),
            ProfileCard(name: card.name, url: card.url, summary: card.summary, companies: card.companies, isOrganization: true),
        ]
        #expect(Set(variants.map(fingerprint) + [fingerprint(card)]).count == variants.count + 1)
        #expect(Mirror(reflecting: card).children.count == variants.count, "a new field needs a variant here")
    }

    /// Where a list ends and an absent value stand count: values moved from one list or field to the next
    /// change the fingerprint.
    @Test func listBoundariesAndAbsentValuesCount() {
        let a = EngineItem(name: "a", note: nil)
        let b = EngineItem(name: "b", note: "b")
        let pages = [
            EnginePage(items: [a, b]), EnginePage(items: [a]), EnginePage(items: []), EnginePage(items: [b, a]),
            EnginePage(role: nil, items: [a, b]), EnginePage(role: "", items: [a, b]),
            EnginePage(record: EngineSite(), items: [a, b]), EnginePage(title: "", items: [a, b]),
        ]
        #expect(Set(pages.map { ViewFingerprint.of($0, seed: 0) }).count == pages.count)
        #expect(ViewFingerprint.of(pages[0], seed: 0) == ViewFingerprint.of(EnginePage(items: [a, b]), seed: 0))
        #expect(ViewFingerprint.of(pages[0], seed: 1) != ViewFingerprint.of(pages[0], seed: 0))
    }
}
