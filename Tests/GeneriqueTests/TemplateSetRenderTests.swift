import GeneriqueCore
import Mustache
import Testing

@testable import GeneriqueRender

/// `TemplateSet.render` hands views to swift-mustache by reference: templates must not see the difference.
@Suite struct TemplateSetRenderTests {
    @Test func aViewRendersAsItWouldWithoutTheReference() throws {
        let template = "{{name}} {{{html}}}|{{.}}|{{#.}}[{{name}}]{{/.}}{{^.}}none{{/.}}"
        let files = TemplateSet.requiredTemplates.map { SourceFile(path: "templates/\($0).mustache", text: "{{x}}") }
            + [SourceFile(path: "templates/test.mustache", text: template)]
        let set = try #require(TemplateSet.load(from: SourceTree(files: files)).0)
        let view = ProfileCard(
            name: "Haut & Court", url: "/societes/haut-et-court/?a=1&b=<2>", summary: "Distribution", companies: nil,
            isOrganization: true, html: "<li>Haut &amp; Court</li>")
        #expect(set.render(view, with: "test") == (try MustacheTemplate(string: template)).render(view))
    }
}
