import GeneriqueCore
import PropertyBased
import Testing

@Suite struct SlugTests {
    @Test(arguments: [
        ("Valéry Giscard d’Estaing", "valery-giscard-d-estaing"),
        ("Maïwenn", "maiwenn"),
        ("Œdipe roi", "oedipe-roi"),
        ("Lætitia Casta", "laetitia-casta"),
        ("Straße", "strasse"),
        ("  ARP Sélection  ", "arp-selection"),
        ("Festival d'Annecy", "festival-d-annecy"),
        ("L’Été 85", "l-ete-85"),
        ("Ｆｕｌｌ width", "full-width"),
        ("---", ""),
    ])
    func makesSlugs(name: String, expected: String) async {
        #expect(Slug.make(from: name) == expected)
    }

    @Test(arguments: ["marc-missonnier", "a", "cnc", "festival-d-annecy", "2e-regard"])
    func acceptsValidKeys(key: String) async {
        #expect(Slug.isValid(key))
    }

    @Test(arguments: ["", "-a", "a-", "a--b", "Marc", "é", "a_b", "a b", "a.md"])
    func rejectsInvalidKeys(key: String) async {
        #expect(!Slug.isValid(key))
    }

    @Test func slugsAreValidAndIdempotentForAnyText() async {
        let text = Gen<Character?>.element(of: Array("abzAZ09éÉœŒæß’' -_.«»àçÇÑ日本!?")).map { $0! }.string(of: 0...30)
        await propertyCheck(count: 500, input: text) { name in
            let slug = Slug.make(from: name)
            #expect(slug.isEmpty || Slug.isValid(slug))
            #expect(Slug.make(from: slug) == slug)
        }
    }
}

@Suite struct SuggestionTests {
    @Test(arguments: [
        ("prodution", "production"), ("titel", "title"), ("nmae", "name"), ("profesions", "professions"),
        ("blusky", "bluesky"), ("Societes", "societes"),
    ])
    func suggestsLikelyTypos(typo: String, expected: String) async {
        let candidates = ["production", "title", "name", "professions", "bluesky", "societes", "site", "role"]
        #expect(Suggestion.closest(to: typo, in: candidates) == expected)
    }

    @Test func staysQuietWhenNothingIsClose() async {
        #expect(Suggestion.closest(to: "colour", in: ["name", "role", "website"]) == nil)
        #expect(Suggestion.closest(to: "x", in: ["site"]) == nil)
    }
}
