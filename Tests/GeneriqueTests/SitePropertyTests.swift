import GeneriqueBuild
import GeneriqueContent
import GeneriqueCore
import GeneriqueIndex
import GeneriqueRender
import PropertyBased
import Testing

/// Rules that hold for every site, checked on generated sites.
@Suite struct SitePropertyTests {
    private static let metierKeys = ["production", "distribution", "montage"]
    private static let societeKeys = ["gaumont", "snd", "pathe"]
    private static let names = ["Élodie", "Elodie", "Éric", "Œdipe", "Zoé", "Anne", "Ángel", "2e Regard", "Marc", "élise"]

    /// A random site: profiles with random names (duplicates included), métiers and sociétés.
    private static let siteGenerator = Gen<[Int]>.shuffled(Array(0..<40)).map { seeds in
        Array(seeds.prefix(3 + seeds[0] % 30)).map { seed in
            (
                slug: "p-\(seed)", name: names[seed % names.count],
                metiers: Array(metierKeys.prefix(1 + seed % 3)), societes: Array(societeKeys.prefix(seed % 3))
            )
        }
    }

    private static func files(for profiles: [(slug: String, name: String, metiers: [String], societes: [String])])
        -> [String: String]
    {
        var files: [String: String] = [:]
        for (index, key) in metierKeys.enumerated() {
            files["metiers/\(key).md"] = TestSite.metier("Titre \(key)", label: key.capitalized, order: index)
        }
        for key in societeKeys { files["societes/\(key).md"] = TestSite.societe(key.capitalized) }
        for profile in profiles {
            files["profils/\(profile.slug).md"] = TestSite.profile(
                profile.name, professions: profile.metiers, companies: profile.societes)
        }
        return files
    }

    @Test func everyProfileAppearsExactlyOnceOnEachOfItsGroupPages() async throws {
        await propertyCheck(count: 30, input: Self.siteGenerator) { profiles in
            let result = await SiteGenerator.generate(TestSite.tree(Self.files(for: profiles)))
            guard let files = result.files else {
                Issue.record("build failed: \(result.diagnostics.map(\.formatted))")
                return
            }
            let pages = Dictionary(files.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) }, uniquingKeysWith: { a, _ in a })
            for profile in profiles {
                let link = "href=\"/guide/profils/\(profile.slug)/\""
                let groupPages = profile.metiers.map { "metiers/\($0)/index.html" }
                    + profile.societes.map { "societes/\($0)/index.html" } + ["profils/index.html"]
                for page in groupPages {
                    #expect(pages[page]?.components(separatedBy: link).count == 2, "\(profile.slug) on \(page)")
                }
                let others = Self.metierKeys.filter { !profile.metiers.contains($0) }.map { "metiers/\($0)/index.html" }
                for page in others {
                    #expect(pages[page]?.contains(link) == false, "\(profile.slug) must not be on \(page)")
                }
            }
        }
    }

    /// The source tree sorts files by path; below it, the index must not depend on the order of the model's
    /// arrays either (a total order on names, then slugs), so shuffled content renders byte for byte the same.
    @Test func outputDoesNotDependOnTheOrderFilesAreRead() async throws {
        await propertyCheck(count: 15, input: Self.siteGenerator, Gen<Int>.int(in: 0...1_000)) { profiles, seed in
            let tree = TestSite.tree(Self.files(for: profiles))
            guard let content = await ContentLoader.load(tree).content, let templates = TemplateSet.load(from: tree).0 else {
                Issue.record("fixture site must load")
                return
            }
            var generator = SplitMix(seed: UInt64(seed))
            var shuffled = content
            shuffled.profiles.shuffle(using: &generator)
            shuffled.metiers.shuffle(using: &generator)
            shuffled.societes.shuffle(using: &generator)
            shuffled.pages.shuffle(using: &generator)
            let first = await PageRenderer(templates: templates, index: SiteIndex(content: content, includeDrafts: false)).renderAll()
            let second = await PageRenderer(templates: templates, index: SiteIndex(content: shuffled, includeDrafts: false)).renderAll()
            #expect(first == second)
        }
    }
}

/// A small deterministic random generator for shuffles.
struct SplitMix: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
