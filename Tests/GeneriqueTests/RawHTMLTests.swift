import GeneriqueMarkdown
import Testing

/// With raw HTML allowed, its attributes go through the same link rules as Markdown, and what would run a
/// script is refused and dropped.
@Suite struct RawHTMLTests {
    private let raw = MarkdownRenderer(allowRawHTML: true)

    /// A resolver like the site's: site paths get the base path, other sites' images and script URLs are refused.
    private static func resolve(_ link: MarkdownLink) -> LinkDecision {
        if link.url.hasPrefix("https://") {
            return link.kind == .image ? .reject(LinkProblem("image from another site", code: "external-image")) : .keep
        }
        if link.url.hasPrefix("/") { return .rewrite("/guide" + link.url) }
        return .reject(LinkProblem("refused '\(link.url)'", code: "unsafe-url"))
    }

    @Test func linksAndImagesInAttributesFollowTheLinkRules() async {
        let rendered = raw.render(
            "Voir <a href=\"/societes/gaumont/\">Gaumont</a> et <img src=\"https://tracker.example/p.png\" alt=\"\">.\n",
            resolveLink: Self.resolve)
        #expect(rendered.html.contains("<a href=\"/guide/societes/gaumont/\">Gaumont</a>"))
        #expect(!rendered.html.contains("tracker.example"))
        #expect(rendered.html.contains("<img alt=\"\">"))
        #expect(rendered.links.map(\.url) == ["/societes/gaumont/", "https://tracker.example/p.png"])
        #expect(rendered.rejectedLinks.map(\.problem.code) == ["external-image"])
        #expect(rendered.rejectedLinks.first?.link.line == 1)
        #expect(rendered.rejectedLinks.first?.link.column == 55)
    }

    @Test func eventHandlersAndScriptURLsAreRefusedAndDropped() async {
        let rendered = raw.render(
            "<div onclick=\"x()\" title=\"ok\">\n<a href=\"jav&#x61;script:alert(1)\" ONMOUSEOVER=y>a</a>\n</div>\n\n"
                + "Texte <svg><a xlink:href=\"/x/\"><animate values=\"javascript:alert(1)\"/></a></svg>\n",
            resolveLink: Self.resolve)
        let html = rendered.html
        #expect(!html.lowercased().contains("onclick") && !html.lowercased().contains("onmouseover"))
        #expect(!html.contains("javascript") && !html.contains("jav&#x61;script"))
        #expect(html.contains("<div title=\"ok\">"))
        #expect(html.contains("xlink:href=\"/guide/x/\""))
        #expect(rendered.rejectedLinks.map(\.problem.code) == ["unsafe-html", "unsafe-url", "unsafe-html", "unsafe-url"])
        #expect(rendered.rejectedLinks.map(\.link.line) == [1, 2, 2, 5])
    }

    @Test func everyURLOfASourceSetAndAStyleIsChecked() async {
        let rendered = raw.render(
            "<img srcset=\"/assets/a.png 1x, /assets/b.png 2x\" alt=\"\">\n\n<p style=\"background: url('https://x.example/a.png')\">x</p>\n",
            resolveLink: Self.resolve)
        #expect(rendered.html.contains("srcset=\"/guide/assets/a.png 1x, /guide/assets/b.png 2x\""))
        #expect(!rendered.html.contains("x.example"))
        #expect(rendered.rejectedLinks.map(\.problem.code) == ["external-image"])
        let escaped = raw.render("<p style=\"background: \\75rl(https://x.example/)\">x</p>\n", resolveLink: Self.resolve)
        #expect(escaped.rejectedLinks.map(\.problem.code) == ["unsafe-html"])
    }

    @Test func baseAndRefreshElementsAreRefused() async {
        let rendered = raw.render("<base href=\"https://x.example/\">\n\n<meta http-equiv=\"refresh\" content=\"0\">\n", resolveLink: Self.resolve)
        #expect(rendered.rejectedLinks.map(\.problem.code) == ["unsafe-html", "unsafe-html"])
    }
}
