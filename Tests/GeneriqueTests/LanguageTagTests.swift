import GeneriqueCore
import Testing

@testable import GeneriqueContent

/// `language` in `site.yml` is a BCP 47 tag (RFC 5646 syntax), or an error at the value.
@Suite struct LanguageTagTests {
    static let accepted = [
        "fr", "FR", "fr-FR", "fr-CA", "fr-ca", "br", "oc", "fr-Latn-FR", "zh-yue-HK", "sr-Latn-RS", "es-419",
        "de-CH-1901", "sl-rozaj-biske", "fr-FR-u-ca-gregory", "fr-x-guide", "en-a-bbb-x-a-ccc",
    ]
    static let refused = [
        "french", "fr_FR", "f", "", "fr-", "-fr", "fr--FR", "fr FR", "fr-FRA-", "fr-x", "fr-u", "fr-é",
        "fren", "12", "fr-FR-u", "fr-abcdefghi",
    ]

    @Test(arguments: accepted)
    func wellFormedTagsAreAccepted(tag: String) {
        #expect(LanguageTag.isWellFormed(tag))
    }

    @Test(arguments: refused)
    func otherTextIsRefused(tag: String) {
        #expect(!LanguageTag.isWellFormed(tag))
    }
}

/// Through the loader, as a build reads `site.yml`.
@Suite struct SiteLanguageTests {
    private func load(language: String) async -> ContentLoadResult {
        let site = TestSite.siteYAML + "\nlanguage: \"\(language)\"\n"
        return await ContentLoader.load(
            TestSite.tree(
                [
                    "metiers/production.md": TestSite.metier("Productrices et producteurs", label: "Production", order: 1),
                    "profils/a.md": TestSite.profile("A", professions: ["production"]),
                ], site: site))
    }

    @Test(arguments: ["french", "fr_FR", "f"])
    func aLanguageThatIsNotATagIsAnErrorAtTheValue(language: String) async throws {
        let result = await load(language: language)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1)
        #expect(diagnostic.code == "invalid-language")
        #expect(diagnostic.location == SourceLocation(path: "content/site.yml", line: 4, column: 11))
        #expect(diagnostic.hint?.contains("fr-FR") == true)
        #expect(result.content == nil)
    }

    @Test(arguments: ["fr", "fr-FR", "fr-CA", "br", "oc", "fr-Latn-FR"])
    func aTagIsAccepted(language: String) async throws {
        let result = await load(language: language)
        #expect(result.diagnostics.isEmpty)
        #expect(result.content?.config.language == language)
    }
}
