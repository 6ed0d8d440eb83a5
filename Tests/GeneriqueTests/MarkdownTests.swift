import GeneriqueMarkdown
import Testing

@Suite struct MarkdownTests {
    private let safe = MarkdownRenderer()

    @Test func rendersTables() async {
        let html = safe.render("| Film | Année |\n|---|---|\n| Titane | 2021 |\n").html
        #expect(html.contains("<table>"))
        #expect(html.contains("<td>Titane</td>"))
    }

    /// Valid HTML5, as the Nu HTML Checker wants it: alignment as style, void elements without a slash.
    @Test func writesCurrentHTMLRatherThanObsoleteOrXHTMLForms() async {
        let html = safe.render("| Film | Année |\n|:---|---:|\n| Titane | 2021 |\n\n- [x] fait\n\nUne ligne  \ncoupée\n\n---\n").html
        #expect(html.contains("<th style=\"text-align: left\">Film</th>"))
        #expect(!html.contains("align=\""))
        #expect(html.contains("<br>") && html.contains("<hr>"))
        #expect(html.contains("<input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"Fait\">"), "task boxes are named")
        #expect(!html.contains(" />"))
    }

    @Test func rendersStrikethrough() async {
        #expect(safe.render("~~barré~~").html.contains("<del>barré</del>"))
    }

    @Test func autolinksURLsWithoutTouchingThem() async {
        let html = safe.render("Voir https://www.cnc.fr/?a=1 ici").html
        #expect(html.contains("<a href=\"https://www.cnc.fr/?a=1\">https://www.cnc.fr/?a=1</a>"))
    }

    @Test func rendersTaskLists() async {
        let html = safe.render("- [x] fait\n- [ ] à faire\n").html
        #expect(html.contains("type=\"checkbox\""))
        #expect(html.contains("checked"))
    }

    @Test func tagFilterEscapesDangerousTagsEvenWhenRawHTMLIsAllowed() async {
        let html = MarkdownRenderer(allowRawHTML: true).render("<script>alert(1)</script>\n\n<b>gras</b>").html
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script>"))
        #expect(html.contains("<b>gras</b>"))
    }

    @Test func rawHTMLIsDroppedByDefault() async {
        let html = safe.render("<img src=x onerror=alert(1)>\n\nTexte <span onclick=\"x()\">ici</span>").html
        #expect(!html.contains("onerror"))
        #expect(!html.contains("onclick"))
        #expect(html.contains("raw HTML omitted"))
    }

    @Test func javascriptLinksLoseTheirTarget() async {
        let html = safe.render("[clic](javascript:alert(1))").html
        #expect(!html.contains("javascript:"))
    }

    @Test func smartPunctuationAndFrenchSpacingInText() async {
        let html = safe.render("L'été : « Titane » ? Oui !").html
        #expect(html.contains("L’été\u{A0}: «\u{A0}Titane\u{A0}»\u{202F}? Oui\u{202F}!"))
    }

    @Test func typographyNeverTouchesCode() async {
        let html = safe.render("Écrire `a ? b : c` et\n\n```\nx ? y : z\n```\n").html
        #expect(html.contains("<code>a ? b : c</code>"))
        #expect(html.contains("x ? y : z"))
    }

    @Test func spacingAfterAnInlineElement() async {
        #expect(safe.render("*Vraiment*!").html.contains("</em>\u{202F}!"))
    }

    @Test func summaryAndLinksAreReported() async {
        let rendered = safe.render("Titre\n\nUn [lien](../societes/gaumont.md) ici.")
        #expect(rendered.summary.contains("Un lien ici."))
        #expect(rendered.links.map(\.url) == ["../societes/gaumont.md"])
        #expect(rendered.links.first?.line == 3)
        #expect(rendered.links.first?.column == 4)
    }

    /// The summary joins a paragraph's lines with single spaces, whatever the line break (U+2028 included),
    /// and goes on with the next paragraphs; tables and lists are left out.
    @Test func summaryJoinsLinesAndParagraphs() async {
        let rendered = safe.render("Première ligne\nseconde\u{2028}troisième\n\n- liste\n\nAutre paragraphe.\n")
        #expect(rendered.summary == "Première ligne seconde troisième Autre paragraphe.")
    }

    /// Debian's cmark-gfm shares a process-wide table between parsers; without the lock, about a third of
    /// documents rendered on two threads lose their strikethrough or autolinks.
    @Test func parallelRenderingMatchesSequentialRendering() async {
        let documents = (0..<2_000).map { index in
            "Doc \(index) : ~~barré~~ et https://example.org/\(index) puis ~~encore~~\n\n| a |\n|---|\n| \(index) |\n"
        }
        let sequential = documents.map { safe.render($0).html }
        let renderer = safe
        let parallel = await withTaskGroup(of: (Int, String).self) { group in
            for (index, document) in documents.enumerated() {
                group.addTask { (index, renderer.render(document).html) }
            }
            var results = [String](repeating: "", count: documents.count)
            for await (index, html) in group { results[index] = html }
            return results
        }
        let mismatches = zip(parallel, sequential).filter { $0 != $1 }.count
        #expect(mismatches == 0, "\(mismatches) of \(documents.count) documents differ when rendered in parallel")
        #expect(sequential.allSatisfy { $0.contains("<del>barré</del>") && $0.contains("<a href=") && $0.contains("<table>") })
    }
}
