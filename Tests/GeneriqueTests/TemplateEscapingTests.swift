import GeneriqueCore
import Mustache
import PropertyBased
import Testing

@testable import GeneriqueRender

/// Templates escape `{{value}}` with `TemplateEscaping` (selected by a pragma line that `TemplateSet` puts
/// before each template) instead of swift-mustache's HTML escaping: the output must not change by a byte.
@Suite struct TemplateEscapingTests {
    /// A template without the pragma: swift-mustache's own escaping.
    private static let plain = try! MustacheTemplate(string: "{{x}}")

    private static func libraryEscaping(_ text: String) -> String {
        plain.render(["x": text])
    }

    static let tricky: [String] = [
        "", "plain", "<script>&\"'</script>", "&&&", "'", "é<è>à", "<\u{301}", "a&\u{301}b", "\u{600}<x",
        "<\u{200D}", "<\u{903}", "\"\u{338}", "≮", "👩‍👩‍👧<", "<👩‍👩‍👧", "\r\n<\r\n", "<\u{FE0F}", "x\u{0308}>\u{0308}",
        String(repeating: "Élodie Bérard & Cie <3 ", count: 50),
    ]

    @Test(arguments: tricky)
    func escapesLikeSwiftMustache(text: String) {
        #expect(TemplateEscaping().escapeText(text) == Self.libraryEscaping(text))
    }

    @Test func escapesLikeSwiftMustacheOnRandomText() async {
        // Special characters next to combining marks, joiners, prepended marks and non-ASCII letters.
        let pieces = ["<", ">", "&", "\"", "'", "a", " ", "é", "\u{301}", "\u{338}", "\u{200D}", "\u{600}", "\u{903}", "🎬", "\n"]
        let text = Gen<Int>.int(in: 0..<pieces.count).array(of: 0...12).map { $0.map { pieces[$0] }.joined() }
        await propertyCheck(count: 2_000, input: text) { text in
            #expect(TemplateEscaping().escapeText(text) == Self.libraryEscaping(text), "\(Array(text.unicodeScalars))")
        }
    }

    /// Templates exercising what the pragma line could disturb: a first line that is a standalone tag, a
    /// parent, blocks, indented partials, a template's own content type, CRLF line endings. The value is
    /// named like rendered HTML, the only kind of field a template may print raw.
    private static let templates: [String: String] = [
        "test-child": "{{<test-base}}\n{{$body}}\n  {{> test-part}}\n[{{xHTML}}|{{{xHTML}}}|{{&xHTML}}]\n{{/body}}\n{{/test-base}}\n",
        "test-base": "{{! the parent }}\n<b title=\"{{xHTML}}\">\n{{$body}}default {{xHTML}}{{/body}}\n</b>\n",
        "test-part": "{{#xHTML}}\n<i>{{.}}</i>\n{{/xHTML}}\n{{xHTML}}/{{{xHTML}}}\n",
        "test-text": "{{%CONTENT_TYPE: TEXT}}\n{{xHTML}} {{> test-part}}",
        "test-crlf": "{{#xHTML}}\r\n{{xHTML}}\r\n{{/xHTML}}\r\n{{<test-base}}{{/test-base}}",
        "test-inline": "{{xHTML}}{{<test-base}}{{$body}}{{{xHTML}}}{{/body}}{{/test-base}}",
        "test-blank": "\n\n{{xHTML}}\n",
        "hostile-page": "{{<hostile-layout}}{{$body}}[{{xHTML}}|{{{xHTML}}}]{{> hostile-part}}{{/body}}{{/hostile-layout}}",
        "hostile-layout": "<p title=\"{{xHTML}}\">{{$body}}{{/body}}</p>\n",
        "hostile-part": "({{xHTML}}|{{&xHTML}})",
    ]

    private static func loadSet() throws -> TemplateSet {
        let files = TemplateSet.requiredTemplates.map { SourceFile(path: "templates/\($0).mustache", text: "{{x}}") }
            + templates.map { SourceFile(path: "templates/\($0.key).mustache", text: $0.value) }
        let (set, diagnostics) = TemplateSet.load(from: SourceTree(files: files))
        #expect(diagnostics.map(\.formatted) == [])
        return try #require(set)
    }

    @Test(arguments: templates.keys.sorted())
    func renderingIsUnchangedByThePragma(template: String) throws {
        let set = try Self.loadSet()
        let plain = MustacheLibrary(templates: try Self.templates.mapValues { try MustacheTemplate(string: $0) })
        for value in Self.tricky {
            #expect(set.library.render(["xHTML": value], withTemplate: template) == plain.render(["xHTML": value], withTemplate: template))
        }
    }

    /// Users' templates keep Mustache's rule through partials and parents: `{{x}}` escapes, `{{{x}}}` does not.
    @Test func hostileValueIsEscapedThroughPartialsAndParents() throws {
        let set = try Self.loadSet()
        let html = try #require(set.library.render(["xHTML": "<script>&\"'"], withTemplate: "hostile-page"))
        let escaped = "&lt;script&gt;&amp;&quot;&#39;"
        #expect(html == "<p title=\"\(escaped)\">[\(escaped)|<script>&\"'](\(escaped)|<script>&\"')</p>\n")
    }
}
