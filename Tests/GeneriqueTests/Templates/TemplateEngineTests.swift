import Testing

/// The template engine, rule by rule, as the Mustache manual states them (mustache(5)) and as the theme
/// uses them: values, sections, inverted sections, comments, partials, parents and blocks, `empty(x)`,
/// standalone lines; and the diagnostics for what it refuses.
@Suite struct TemplateEngineTests {
    private func render(_ text: String, _ page: EnginePage = EnginePage(), partials: [String: String] = [:]) -> String {
        TestTemplates.render(text, page, partials: partials)
    }

    @Test func valuesAreEscapedAndHTMLIsPrintedRawOnlyWhenAsked() {
        #expect(render("<h1>{{title}}</h1>") == "<h1>Titre &amp; &lt;sous-titre&gt;</h1>")
        #expect(render("{{title}}", EnginePage(title: #"a"b'c"#)) == "a&quot;b&#39;c")
        #expect(render("{{{bodyHTML}}}|{{&bodyHTML}}|{{bodyHTML}}") == "<p>Corps</p>|<p>Corps</p>|&lt;p&gt;Corps&lt;/p&gt;")
        #expect(render("{{ title }}-{{count}}") == "Titre &amp; &lt;sous-titre&gt;-3")
        #expect(render("é{{site.name}}è") == "éQui suivre ?è")
    }

    @Test func sectionsFollowWhatTheFieldHolds() {
        #expect(render("{{#items}}[{{name}}]{{/items}}") == "[Un][Deux]")
        #expect(render("{{#items}}{{#note}}({{.}}){{/note}}{{^note}}-{{/note}}{{/items}}") == "(n1)-")
        #expect(render("{{#isOfficial}}officiel{{/isOfficial}}{{^isOfficial}}non{{/isOfficial}}") == "officiel")
        #expect(render("{{#role}}<{{.}}>{{/role}}", EnginePage(role: nil)) == "")
        #expect(render("{{^role}}aucun{{/role}}", EnginePage(role: nil)) == "aucun")
        #expect(render("{{#record}}{{name}}{{/record}}{{^record}}rien{{/record}}") == "rien")
        #expect(render("{{#record}}{{name}}{{/record}}", EnginePage(record: EngineSite(name: "R"))) == "R")
        #expect(render("{{#site}}{{name}} {{url}}{{/site}}") == "Qui suivre ? /guide/")
        #expect(render("{{^items}}vide{{/items}}", EnginePage(items: [])) == "vide")
        #expect(render("{{record.name}}|{{site.url}}") == "|/guide/", "an absent view on the way prints nothing")
    }

    @Test func namesResolveOutwards() {
        #expect(render("{{#items}}{{name}}@{{site.name}},{{/items}}") == "Un@Qui suivre ?,Deux@Qui suivre ?,")
        #expect(render("{{#site}}{{#items}}{{url}}{{name}}{{/items}}{{/site}}") == "/guide/Un/guide/Deux")
    }

    @Test func emptyTestsListsAndTexts() {
        #expect(render("{{^empty(items)}}des items{{/empty(items)}}") == "des items")
        #expect(render("{{#empty(items)}}aucun{{/empty(items)}}", EnginePage(items: [])) == "aucun")
        #expect(render("{{#empty(bodyHTML)}}vide{{/empty(bodyHTML)}}", EnginePage(bodyHTML: "")) == "vide")
        #expect(render("{{^empty(title)}}{{title}}{{/empty(title)}}", EnginePage(title: "")) == "")
    }

    @Test func standaloneTagsLeaveNoLine() {
        #expect(render("a\n{{#isOfficial}}\nb\n{{/isOfficial}}\nc\n") == "a\nb\nc\n")
        #expect(render("a\n  {{! commentaire }}  \nb") == "a\nb")
        #expect(render("a\n{{!\nsur deux lignes\n}}\nb\n") == "a\nb\n")
        #expect(render("a\r\n{{#items}}\r\n{{name}}\r\n{{/items}}\r\nz") == "a\r\nUn\r\nDeux\r\nz")
        #expect(render("  {{#isOfficial}}x{{/isOfficial}}\n") == "  x\n", "two tags on a line: not standalone")
        #expect(render("{{title}}\n") == "Titre &amp; &lt;sous-titre&gt;\n", "a value never stands alone")
        #expect(render("{{#isOfficial}}\nfin\n{{/isOfficial}}") == "fin\n", "the last line needs no line break")
    }

    @Test func partialsSeeTheContextAndKeepTheirIndentation() {
        let partials = ["partials/item": "<li>{{name}}</li>\n", "partials/list": "<ul>\n{{#items}}\n  {{> partials/item}}\n{{/items}}\n</ul>\n"]
        #expect(render("{{> partials/list}}", partials: partials) == "<ul>\n  <li>Un</li>\n  <li>Deux</li>\n</ul>\n")
        #expect(render("<div>\n  {{> partials/list}}\n</div>\n", partials: partials)
            == "<div>\n  <ul>\n    <li>Un</li>\n    <li>Deux</li>\n  </ul>\n</div>\n")
        #expect(render("[{{> partials/item}}]", EnginePage(), partials: ["partials/item": "{{title}}"]) == "[Titre &amp; &lt;sous-titre&gt;]")
    }

    @Test func parentsReplaceTheirBlocks() {
        let layout = "<title>{{$title}}Par défaut{{/title}}</title>\n<main>\n{{$content}}{{/content}}\n</main>\n"
        let templates = [
            "layout": layout,
            "page": "{{<layout}}\n{{$content}}\n<p>{{title}}</p>\n{{/content}}\n{{/layout}}\n",
        ]
        // `{{$content}}{{/content}}` is not alone on its line (two tags): its line break stays after the content.
        #expect(TestTemplates.render("page", templates) == "<title>Par défaut</title>\n<main>\n<p>Titre &amp; &lt;sous-titre&gt;</p>\n\n</main>\n")
        let nested = [
            "base": "[{{$a}}base-a{{/a}}|{{$b}}base-b{{/b}}]",
            "middle": "{{<base}}{{$a}}middle-a{{/a}}{{$b}}middle-b{{/b}}{{/base}}",
            "page": "{{<middle}}{{$b}}page-b{{/b}}{{/middle}}",
        ]
        #expect(TestTemplates.render("page", nested) == "[middle-a|page-b]", "the block replaced furthest from it wins")
        let throughPartial = ["frame": "({{> partials/inner}})", "partials/inner": "{{$x}}défaut{{/x}}", "page": "{{<frame}}{{$x}}remplacé{{/x}}{{/frame}}"]
        #expect(TestTemplates.render("page", throughPartial) == "(remplacé)", "a partial's blocks are replaced too")
    }

    @Test func wrongNamesAreDiagnosticsAtTheirTag() {
        #expect(render("\n  {{titel}}") == """
            templates/page.mustache:2:3: error: 'titel' is not a value of EnginePage: it would render as nothing [unknown-template-value]
              hint: did you mean 'title'?
            """)
        #expect(render("{{#items}}{{nmae}}{{/items}}").hasPrefix("templates/page.mustache:1:11: error: 'nmae' is not a value of EngineItem"))
        #expect(render("{{site.nmae}}").contains("'site.nmae' is not a value of EngineSite: it would render as nothing"))
        #expect(render("{{#isOfficial}}{{nope}}{{/isOfficial}}", EnginePage(isOfficial: false)).contains("'nope' is not a value"),
            "checked whether the section is entered or not")
        #expect(render("{{items}}").contains("'items' is list of EngineItem: it cannot be printed"))
        #expect(render("{{title.name}}").contains("'title.name': 'title' is text, which has no fields"))
    }

    @Test func rawOutputIsRefusedForWhatIsNotHTML() {
        #expect(render("{{{title}}}") == """
            templates/page.mustache:1:1: error: 'title' is printed without escaping, but it is not HTML [unescaped-template-value]
              hint: use {{title}}: only fields that hold HTML may be printed raw
            """)
        #expect(render("{{#role}}{{&.}}{{/role}}").contains("'.' (role) is printed without escaping, but it is not HTML"))
    }

    @Test func whatTheEngineDoesNotSupportIsRefused() {
        #expect(render("{{=<% %>=}}").contains("changing the delimiters ('{{=…=}}') is not supported [template-syntax]"))
        #expect(render("{{>*name}}").contains("dynamic names ('*name') are not supported"))
        #expect(render("{{% PRAGMA }}").contains("pragmas ('{{%…}}') are not supported"))
        #expect(render("{{uppercased(title)}}").contains("'uppercased(title)' is not supported: the only test is empty(name)"))
        #expect(render("{{#title}}x{{/title}}").contains("'title' is text, always there: a section over it is always entered"))
        #expect(render("{{#empty(role)}}x{{/empty(role)}}").contains("only lists and texts are empty or not"))
        #expect(render("{{> partials/nope}}") == """
            templates/page.mustache:1:1: error: partial 'partials/nope' does not exist [missing-partial]
              hint: create templates/partials/nope.mustache
            """)
        #expect(render("{{#items}}\n{{/item}}").contains("section 'items' is never closed: '{{/item}}' at line 2, column 1 comes first"))
        #expect(render("{{title}").contains("tag '{{title}' is not closed with '}}'"))
    }

    @Test func nestingIsBounded() {
        let deep = String(repeating: "{{#isOfficial}}", count: 70) + String(repeating: "{{/isOfficial}}", count: 70)
        #expect(render(deep).contains("1:961: error: template syntax error: sections are nested more than 64 deep"))
        let fine = String(repeating: "{{#isOfficial}}", count: 64) + "x" + String(repeating: "{{/isOfficial}}", count: 64)
        #expect(render(fine) == "x")
    }

    @Test func templatesThatIncludeThemselvesAreRefused() {
        let templates = ["page": "{{> a}}", "a": "{{#items}}{{> b}}{{/items}}", "b": "x\n{{> a}}"]
        #expect(TestTemplates.render("page", templates) == """
            templates/b.mustache:2:1: error: 'a' includes itself: a → b → a [template-cycle]
              hint: a template cannot include itself, directly or through others, even inside a section: remove one of these includes
            """)
    }
}
