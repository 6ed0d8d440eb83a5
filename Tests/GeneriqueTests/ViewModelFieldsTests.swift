import GeneriqueBuild
import GeneriqueContent
import GeneriqueCore
import GeneriqueIndex
import Testing

@testable import GeneriqueRender

/// Templates read view models through their `fields` tables (no reflection); every stored property must be
/// listed, or a template would silently render it as nothing.
@Suite struct ViewModelFieldsTests {
    @Test func everyStoredPropertyIsListed() async throws {
        let (tree, _) = try await SourceReader.read(root: TestPaths.fixtures.appendingPathComponent("Sites/basic"))
        let content = try #require(await ContentLoader.load(tree).content)
        let index = SiteIndex(content: content, includeDrafts: false)
        let views = ViewModelBuilder(index: index, exports: await SiteExports.make(index: index, urls: SiteURLs(config: index.config)))
        var pages: [Any] = [
            PageViews.home(views), PageViews.profileIndex(views), PageViews.metierIndex(views),
            PageViews.societeIndex(views), PageViews.notFound(views),
        ]
        pages += index.profiles.map { PageViews.profile(PageViews.profileInputs($0, views), shared: PageViews.sharedProfileInputs(views), views) as Any }
        pages += index.metiers.map { PageViews.metier($0, views) as Any }
        pages += index.societes.map { PageViews.societe($0, views) as Any }
        pages += index.pages.map { PageViews.freePage($0, views) as Any }
        var visited: Set<String> = []
        var printedRaw: Set<String> = []
        for page in pages { check(page, visited: &visited, printedRaw: &printedRaw) }
        #expect(visited.count >= 20, "visited \(visited.sorted())")
        // The fields templates may print unescaped: each holds rendered HTML or escaped JSON-LD. A new field
        // matching the rule is a decision about escaping, to be made here.
        #expect(
            printedRaw.sorted() == [
                "bioHTML", "bodyHTML", "descriptionHTML", "footerHTML", "headerHTML", "html", "introHTML", "jsonLD",
            ])
    }

    private func check(_ value: Any, visited: inout Set<String>, printedRaw: inout Set<String>) {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional || mirror.displayStyle == .collection {
            for child in mirror.children { check(child.value, visited: &visited, printedRaw: &printedRaw) }
            return
        }
        guard mirror.displayStyle == .struct, !(value is String) else { return }
        let labels = Set(mirror.children.compactMap(\.label))
        guard let fields = value as? any TemplateFields else {
            Issue.record("\(type(of: value)) does not conform to TemplateFields")
            return
        }
        #expect(fields.fieldNames == labels, "\(type(of: value)): fields table and stored properties differ")
        for child in mirror.children where child.value is String || child.value is String? {
            let name = child.label ?? ""
            let served = fields.child(named: name)
            #expect(served == nil || served is TemplateText, "\(type(of: value)).\(name) must be served as TemplateText")
        }
        visited.insert("\(type(of: value))")
        printedRaw.formUnion(labels.filter { TemplateRawOutput.allows(field: $0) })
        for child in mirror.children { check(child.value, visited: &visited, printedRaw: &printedRaw) }
    }
}
