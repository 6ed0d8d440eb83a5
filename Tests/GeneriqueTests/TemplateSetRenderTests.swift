import GeneriqueCore
import Mustache
import Testing

@testable import GeneriqueRender

/// `TemplateSet.render` hands views to swift-mustache by reference: templates must not see the difference.
@Suite struct TemplateSetRenderTests {
    @Test func aViewRendersAsItWouldWithoutTheReference() throws {
        let template = "{{label}} {{{url}}}|{{.}}|{{#.}}[{{label}}]{{/.}}{{^.}}none{{/.}}"
        let files = TemplateSet.requiredTemplates.map { SourceFile(path: "templates/\($0).mustache", text: "{{x}}") }
            + [SourceFile(path: "templates/test.mustache", text: template)]
        let set = try #require(TemplateSet.load(from: SourceTree(files: files)).0)
        let view = LabelledLink(label: "Haut & Court", url: "/societes/haut-et-court/?a=1&b=<2>")
        #expect(set.render(view, with: "test") == (try MustacheTemplate(string: template)).render(view))
    }
}
