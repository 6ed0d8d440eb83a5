import Foundation
import GeneriqueBuild
import GeneriqueCore
import Mustache
import Testing

@testable import GeneriqueRender

/// The shipped templates render every page of the shipped guide, and of a generated 500-profile guide,
/// exactly as swift-mustache renders them from the same views.
@Suite struct ShippedTemplatesOracleTests {
    private static func shippedTemplates() throws -> [SourceFile] {
        let root = TestPaths.packageRoot.appendingPathComponent("templates")
        let enumerator = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
        return try enumerator.compactMap { $0 as? URL }.filter { $0.pathExtension == "mustache" || $0.path.contains("/assets/") }
            .filter { !$0.hasDirectoryPath }.map { url in
                let relative = String(url.path.dropFirst(root.path.count + 1))
                return SourceFile(path: "templates/\(relative)", bytes: [UInt8](try Data(contentsOf: url)))
            }
    }

    private static func tree(_ site: String) async throws -> SourceTree {
        if site == "shipped" { return try await SourceReader.read(root: TestPaths.packageRoot).0 }
        let content = TestSite.generated(count: 500, variant: 0).files.filter { $0.path.hasPrefix("content/") }
        return SourceTree(files: content + (try shippedTemplates()))
    }

    @Test(arguments: ["shipped", "generated"])
    func everyPageRendersAsSwiftMustacheRendersIt(site: String) async throws {
        let tree = try await Self.tree(site)
        let prepared = await SiteGenerator.prepare(tree)
        let renderer = try #require(prepared.renderer, "\(prepared.diagnostics.map(\.formatted))")
        var templates: [String: MustacheTemplate] = [:]
        for file in tree.files(under: "templates/") where file.path.hasSuffix(".mustache") {
            let name = String(file.path.dropFirst("templates/".count).dropLast(".mustache".count))
            templates[name] = try MustacheTemplate(string: String(decoding: file.bytes, as: UTF8.self))
        }
        let library = MustacheLibrary(templates: templates)
        var compared = 0
        for job in renderer.jobs {
            let (path, view) = renderer.page(job)
            let ours = String(decoding: renderer.render(job).bytes, as: UTF8.self)
            #expect(ours == library.render(OracleView(view), withTemplate: PageRenderer.template(of: job)), "\(path)")
            compared += 1
        }
        #expect(compared == renderer.jobs.count && compared > (site == "shipped" ? 100 : 500))
    }
}
