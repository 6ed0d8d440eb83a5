import GeneriqueBuild
import GeneriqueContent
import GeneriqueCore
import GeneriqueIndex
import Testing

@testable import GeneriqueRender
@testable import GeneriqueTemplates

/// Templates read view models through their one field list (`templateFields`); every stored property must be
/// listed, or a template could not name it, and only fields that hold HTML may be printed raw.
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
        // The fields templates may print unescaped: each holds rendered HTML or escaped JSON-LD. A new HTML
        // field is a decision about escaping, to be made here.
        #expect(
            printedRaw.sorted() == [
                "bioHTML", "bodyHTML", "descriptionHTML", "introHTML", "jsonLD",
            ])
    }

    private static func fields<View: TemplateView>(of view: View) -> [ViewType.Field] {
        ViewType.of(View.self).fields
    }

    private func check(_ value: Any, visited: inout Set<String>, printedRaw: inout Set<String>) {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional || mirror.displayStyle == .collection {
            for child in mirror.children { check(child.value, visited: &visited, printedRaw: &printedRaw) }
            return
        }
        guard mirror.displayStyle == .struct, !(value is String) else { return }
        let labels = Set(mirror.children.compactMap(\.label))
        guard let view = value as? any TemplateView else {
            Issue.record("\(type(of: value)) does not conform to TemplateView")
            return
        }
        let fields = Self.fields(of: view)
        #expect(Set(fields.map(\.name)) == labels, "\(type(of: value)): field list and stored properties differ")
        visited.insert("\(type(of: value))")
        printedRaw.formUnion(fields.filter { if case .html = $0.value { true } else { false } }.map(\.name))
        for child in mirror.children { check(child.value, visited: &visited, printedRaw: &printedRaw) }
    }
}
