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

    @Test func quotationsInFrenchTextBecomeGuillemets() async {
        let html = safe.render("Il parle \"anglais\" et « français “ici” ».\n\nCoûte 10 000 € (50 %).").html
        #expect(html.contains("Il parle «\u{A0}anglais\u{A0}» et «\u{A0}français “ici”\u{A0}»."))
        #expect(html.contains("Coûte 10\u{202F}000\u{A0}€ (50\u{202F}%)."))
    }

    /// Raw HTML may mark a passage with another language: French typography leaves it as written.
    @Test func passagesInAnotherLanguageKeepTheirTypography() async {
        let html = MarkdownRenderer(allowRawHTML: true)
            .render("Elle dit <span lang=\"en\">\"Hello!\"</span> puis \"Bonjour!\"").html
        #expect(html.contains("<span lang=\"en\">“Hello!”</span>"))
        #expect(html.contains("«\u{A0}Bonjour\u{202F}!\u{A0}»"))
    }

    /// Headings sit below the page's own: `#` becomes the level asked for, and the body's levels follow in
    /// order without a gap.
    @Test func headingsAreDemotedBelowThePage() async {
        let html = safe.render("# Titre\n\n### Détail\n\n# Autre\n", topHeadingLevel: 3).html
        #expect(html.contains("<h3>Titre</h3>") && html.contains("<h4>Détail</h4>") && html.contains("<h3>Autre</h3>"))
        #expect(!html.contains("<h1>"))
        #expect(safe.render("## Seul\n").html.contains("<h2>Seul</h2>"))
        #expect(safe.render("# a\n\n## b\n\n### c\n\n#### d\n\n##### e\n", topHeadingLevel: 3).html.contains("<h6>e</h6>"))
    }

    /// Footnotes: a heading at the body's level names the notes, calls point to it, links back are in French;
    /// the summary leaves the calls out.
    @Test func footnotesAreRenderedAccessibly() async {
        let rendered = safe.render("Texte[^1] et suite.\n\n[^1]: La note.\n", topHeadingLevel: 3)
        let html = rendered.html
        #expect(html.contains("<section class=\"footnotes\" data-footnotes aria-labelledby=\"notes-de-bas-de-page\">"))
        #expect(html.contains("<h3 id=\"notes-de-bas-de-page\" class=\"footnotes-title\">Notes</h3>"))
        #expect(html.contains("data-footnote-ref aria-describedby=\"notes-de-bas-de-page\">1</a>"))
        #expect(html.contains("aria-label=\"Retour au texte\""))
        #expect(!html.contains("Back to content"))
        #expect(rendered.summary == "Texte et suite.")
    }
}
