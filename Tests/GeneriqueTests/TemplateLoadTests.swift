import GeneriqueCore
import PropertyBased
import Testing

@testable import GeneriqueRender

/// What `TemplateSet.load` refuses before anything renders, on small in-memory template sets.
@Suite struct TemplateLoadTests {
    /// The diagnostics of loading the required templates (each empty) plus `extra`, by name.
    static func load(_ extra: [String: String]) -> [Diagnostic] {
        let required = TemplateSet.requiredTemplates.filter { extra[$0] == nil }
        let files = required.map { SourceFile(path: "templates/\($0).mustache", text: "") }
            + extra.map { SourceFile(path: "templates/\($0.key).mustache", text: $0.value) }
        let (set, diagnostics) = TemplateSet.load(from: SourceTree(files: files))
        if diagnostics.containsErrors { #expect(set == nil) }
        return diagnostics
    }

    static func diagnostics(_ extra: [String: String]) -> [String] {
        load(extra).map(\.formatted)
    }

    static let cycleHint =
        "\n  hint: a template cannot include itself, directly or through others, even inside a section: remove one of these includes"

    @Test func parentsThatExtendEachOtherAreACycle() {
        #expect(
            Self.diagnostics(["a": "{{<b}}{{/b}}", "b": "x{{<a}}{{/a}}"]) == [
                "templates/b.mustache:1:2: error: 'a' includes itself: a → b → a [template-cycle]" + Self.cycleHint
            ])
    }

    @Test func aPartialInsideABlockOfItsOwnPageIsACycle() {
        let page = "{{<frame}}{{$content}}{{#list}}{{> page}}{{/list}}{{/content}}{{/frame}}"
        #expect(
            Self.diagnostics(["page": page, "frame": "{{$content}}{{/content}}"]) == [
                "templates/page.mustache:1:32: error: 'page' includes itself: page → page [template-cycle]" + Self.cycleHint
            ])
    }

    @Test func aCycleReachedFromSeveralTemplatesIsReportedOnce() {
        let diagnostics = Self.diagnostics([
            "home": "{{> partials/a}}", "metier": "{{> partials/b}}", "page": "{{> partials/a}}{{> partials/b}}",
            "partials/a": "{{> partials/b}}", "partials/b": "{{#x}}{{> partials/a}}{{/x}}",
        ])
        #expect(
            diagnostics == [
                "templates/partials/b.mustache:1:7: error: 'partials/a' includes itself: partials/a → partials/b → partials/a [template-cycle]"
                    + Self.cycleHint
            ])
    }

    @Test func includingTheSamePartialTwiceIsNoCycle() {
        #expect(
            Self.diagnostics([
                "home": "{{> partials/a}}{{> partials/c}}", "partials/a": "{{> partials/c}}{{> partials/c}}",
                "partials/c": "{{site.title}}",
            ]) == [])
    }

    @Test(arguments: [
        ("profile", "{{{bioHTML}}}"), ("home", "{{&introHTML}}"), ("home", "{{{ page.jsonLD }}}"),
        ("home", "{{#page}}{{{jsonLD}}}{{/page}}"), ("metier", "{{#members}}{{> frame}}{{{descriptionHTML}}}{{/members}}"),
        ("profile", "{{name}}{{#role}}{{.}}{{/role}}"), ("home", "{{<frame}}{{$content}}{{{introHTML}}}{{/content}}{{/frame}}"),
    ])
    func rawOutputOfHTMLIsAccepted(template: String, text: String) {
        #expect(Self.diagnostics([template: text, "frame": "{{$content}}{{/content}}"]) == [])
    }

    @Test(arguments: [
        "{{{name}}}", "{{& name }}", "{{{ page.title }}}", "{{#role}}{{{.}}}{{/role}}", "{{#website}}{{{label}}}{{/website}}",
        "{{<frame}}{{$content}}{{{name}}}{{/content}}{{/frame}}",
    ])
    func rawOutputOfAnythingElseIsRefused(template: String) {
        let diagnostics = Self.diagnostics(["profile": template, "frame": "{{$content}}{{/content}}"])
        #expect(diagnostics.count == 1)
        #expect(diagnostics.allSatisfy { $0.contains("[unescaped-template-value]") }, "\(diagnostics)")
    }

    /// Names the views do not have, and values used as what they are not, wherever the tag is: inside a
    /// section the content may never enter, in a partial, in a block.
    @Test(arguments: [
        ("{{#record}}{{#sources}}{{titel}}{{/sources}}{{/record}}", "'titel' is not a value of SourcesView"),
        ("{{> frame}}", "'nope' is not a value of ProfilePageView"),
        ("{{{.}}}", "'.' is ProfilePageView here, not a text"),
        ("{{metiers}}", "'metiers' is list of LabelledLink: it cannot be printed"),
        ("{{#bioHTML}}x{{/bioHTML}}", "'bioHTML' is HTML, always there"),
    ])
    func wrongNamesAreRefusedWhateverTheContent(template: String, message: String) {
        let diagnostics = Self.diagnostics(["profile": template, "frame": "{{nope}}"])
        #expect(diagnostics.count == 1 && diagnostics[0].contains(message), "\(diagnostics)")
    }

    /// Syntax errors where they are: a tag missing a closing brace at its own `{{`, quoting the tag alone,
    /// and the scan goes on; a name that is not one at its tag.
    @Test(arguments: [
        ("{{#added}\n<p>\n{{x}}</p>\n{{/added}}", ["1:1 tag '{{#added}' is not closed with '}}'"]),
        ("{{#added}\r\n{{/added}}", ["1:1 tag '{{#added}' is not closed with '}}'"]),
        ("<b>{{{x}}</b>", ["1:4 tag '{{{x}}' is not closed with '}}}'"]),
        ("{{{x}\n", ["1:1 tag '{{{x}' is not closed with '}}}'"]),
        ("{{x {{y}}", ["1:1 tag '{{x' is not closed with '}}'"]),
        ("é {{x", ["1:3 tag '{{x' is not closed with '}}'"]),
        ("{{a}\n{{b}}{{c}\n", ["1:1 tag '{{a}' is not closed with '}}'", "2:6 tag '{{c}' is not closed with '}}'"]),
        ("{{#x\n}}{{/x}}", ["1:1 tag '{{#x' is not closed with '}}'"]),
        ("{{" + String(repeating: "a", count: 60) + "\n", ["1:1 tag '{{" + String(repeating: "a", count: 38) + "…' is not closed with '}}'"]),
        ("<p>\n  {{! à revoir\n</p>\n", ["2:3 comment '{{! à revoir' is not closed with '}}'"]),
        ("{{! a comment\nover two lines }}{{site.title}}\n{{page.title}}", []),
        ("<p>{\n}</p>{", []),
        ("é\r\nb {{na me}}", ["2:3 'na me' is not a name"]),
        ("{{{uppercased(name)}}}", ["1:1 'uppercased(name)' is not supported: the only test is empty(name)"]),
    ])
    func syntaxErrorsArePositionedAtTheirCause(template: String, expected: [String]) {
        let diagnostics = Self.load(["home": template])
        #expect(diagnostics.allSatisfy { $0.code == "template-syntax" && $0.location.path == "templates/home.mustache" })
        let prefix = "template syntax error: "
        #expect(diagnostics.map { "\($0.location.line):\($0.location.column) \($0.message.dropFirst(prefix.count))" } == expected)
    }

    /// `serve` compiles the templates again only when a file under `templates/` changed.
    @Test func unchangedTemplatesAreReusedAndChangedOnesCompiledAgain() throws {
        let files = TemplateSet.requiredTemplates.map { SourceFile(path: "templates/\($0).mustache", text: "{{page.title}}") }
        let first = try #require(TemplateSet.load(from: SourceTree(files: files)).0)
        let (again, none) = TemplateSet.load(from: SourceTree(files: files), reusing: first)
        #expect(again?.fingerprint == first.fingerprint && none.isEmpty)
        let broken = files.filter { $0.path != "templates/home.mustache" } + [SourceFile(path: "templates/home.mustache", text: "{{titel}}")]
        let (changed, problems) = TemplateSet.load(from: SourceTree(files: broken), reusing: first)
        #expect(changed == nil && problems.map(\.code) == ["unknown-template-value"])
        let asset = files + [SourceFile(path: "templates/assets/style.css", text: "p {}")]
        #expect(TemplateSet.load(from: SourceTree(files: asset), reusing: first).0?.assets.count == 1, "a new asset is read")
    }

    /// Whatever the braces, newlines and sigils, loading ends with every problem positioned inside the file.
    @Test func anyTemplateTextLoadsWithProblemsInsideIt() async {
        let pieces = ["{{", "}}", "{", "}", "\n", "\r\n", "!", "#", "^", "/", "&", ">", "$", " ", "x", "é", ".", "\r", "<", "e\u{301}", "%", "="]
        let text = Gen<Int>.int(in: 0..<pieces.count).array(of: 0...24).map { $0.map { pieces[$0] }.joined() }
        await propertyCheck(count: 2_000, input: text) { text in
            let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
            for diagnostic in Self.load(["home": text]) where diagnostic.location.path == "templates/home.mustache" {
                let line = diagnostic.location.line
                #expect(line >= 1 && line <= lines.count, "\(diagnostic.formatted) in \(text.debugDescription)")
                let width = line <= lines.count ? lines[line - 1].count : 0
                #expect(diagnostic.location.column <= width + 1, "\(diagnostic.formatted) in \(text.debugDescription)")
            }
        }
    }
}
