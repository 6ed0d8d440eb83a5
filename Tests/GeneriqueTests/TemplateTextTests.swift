import Mustache
import Testing

@testable import GeneriqueRender

/// View models hand their strings to templates as `TemplateText`: every template must render them exactly as
/// it would render the `String`.
@Suite struct TemplateTextTests {
    static let templates = [
        "{{x}}|{{{x}}}|{{&x}}",
        "{{#x}}[{{.}}|{{text}}]{{/x}}{{^x}}none{{/x}}",
        "{{x.y}}|{{#x.y}}in{{/x.y}}|{{^x.y}}out{{/x.y}}",
        "{{empty(x)}}|{{#empty(x)}}e{{/empty(x)}}{{^empty(x)}}n{{/empty(x)}}",
        "{{uppercased(x)}}|{{lowercased(x)}}|{{capitalized(x)}}|{{reversed(x)}}|{{unknown(x)}}",
        "{{#list}}{{x}}:{{.}};{{/list}}",
    ]

    static let values = ["", "Élodie Bérard", "<b>&\"'</b>", "a.b"]

    @Test(arguments: templates)
    func rendersLikeTheString(template: String) throws {
        let parsed = try MustacheTemplate(string: template)
        for value in Self.values {
            let plain = parsed.render(["x": value, "y": "root", "text": "root", "list": [value, "z"]] as [String: Any])
            let wrapped = parsed.render(
                ["x": TemplateText(value), "y": TemplateText("root"), "text": TemplateText("root"), "list": [TemplateText(value), TemplateText("z")]] as [String: Any])
            #expect(wrapped == plain, "\(template) with \(value)")
        }
    }
}
