import Testing

@testable import GeneriqueTemplates

/// Our engine and swift-mustache render the same bytes: on a few hundred generated templates (random nesting
/// of sections over lists, flags, optional texts and views, inverted sections, `empty(x)`, partials inline
/// and standalone with indentation, a parent whose block the page fills, comments, standalone lines, LF and
/// CRLF), for several views. The generator keeps out of the few places where swift-mustache departs from
/// the spec (see `TemplateGenerator`).
@Suite struct TemplateOracleTests {
    /// Views that enter and skip every kind of section.
    static let pages = [
        EnginePage(),
        EnginePage(
            title: "", bodyHTML: "", role: nil, isOfficial: false, count: 0, record: EngineSite(name: "R & D", url: "/r/"),
            items: []),
        EnginePage(title: "L'été \"chaud\"", role: "Réalisatrice <b>", items: [EngineItem(name: "Seul", note: "a&b")]),
    ]

    @Test func generatedTemplatesRenderAlike() throws {
        var random = SplitMix(seed: 17)
        var compared = 0
        for round in 0..<300 {
            // Every other round, the partial holds sections and is never indented (see `TemplateGenerator`).
            let indentsPartials = round % 2 == 0
            var generator = TemplateGenerator(lineBreak: round % 3 == 0 ? "\r\n" : "\n", indentsPartials: indentsPartials)
            var page = generator.template(&random, context: .page, depth: 0)
            var frame = generator.template(&random, context: .page, depth: 2, insideItem: true)
            if round % 3 == 1 {
                // Every third round, the page fills a block of a parent.
                page = "{{<frame}}\n{{$content}}\n" + page + "\n{{/content}}\n{{/frame}}\n"
                frame += "\n{{$content}}défaut{{/content}}\n" + frame
            }
            let templates = [
                "page": page, "frame": frame,
                // The partial may be included inside an item: it opens no list of its own.
                "partials/inner": generator.template(&random, context: .page, depth: indentsPartials ? 3 : 2, insideItem: true),
            ]
            for page in Self.pages {
                let ours = TestTemplates.render("page", templates, page)
                let oracle = try OracleView.render("page", templates, page)
                #expect(ours == oracle, "templates: \(templates)")
                compared += 1
            }
        }
        #expect(compared == 900)
    }

    /// The spec's block reindentation: a replaced block loses the indentation it is written with, and takes
    /// the indentation of the place it is shown.
    @Test func aReplacedBlockIsIndentedWhereItIsShown() throws {
        let templates = [
            "page": "{{<frame}}\n  {{$content}}\n    <p>un</p>\n      <p>deux</p>\n  {{/content}}\n{{/frame}}\n",
            "frame": "<div>\n  {{$content}}\n  {{/content}}\n</div>\n",
        ]
        let ours = TestTemplates.render("page", templates)
        #expect(ours == "<div>\n  <p>un</p>\n    <p>deux</p>\n</div>\n")
        #expect(ours == (try OracleView.render("page", templates, EnginePage())))
    }

    @Test func escapingIsSwiftMustachesOnText() throws {
        let texts = ["", "plain", "<script>&\"'</script>", "&&&", "'", "é<è>à", "\r\n<\r\n", "👩‍👩‍👧 <", "\u{600}x"]
        for text in texts {
            let page = EnginePage(title: text)
            #expect(TestTemplates.render("{{title}}|{{{bodyHTML}}}", page) == (try OracleView.render("p", ["p": "{{title}}|{{{bodyHTML}}}"], page)))
        }
    }
}

/// Random templates over `EnginePage`, each tag valid where it is written. Standalone tags start their own
/// line, where swift-mustache and the spec agree (see `piece`).
struct TemplateGenerator {
    /// What the innermost section holds.
    enum Context {
        case page, item, site, text
    }

    let lineBreak: String
    /// Whether standalone partials are indented. swift-mustache indents a line of a partial only when it is
    /// not the first output of a section's item (each item's rendering starts over), nor after CRLF (a Swift
    /// string ending in CRLF does not end with "\n"): partials are indented only in LF templates and when they
    /// hold no sections, where it and the spec agree.
    let indentsPartials: Bool

    /// A template written where the innermost section holds `context`; `insideItem` when a section over
    /// `items` is or may be around it (a partial), `seesItem` when one surely is (`note` can be named).
    mutating func template(
        _ random: inout SplitMix, context: Context, depth: Int, insideItem: Bool = false, seesItem: Bool = false
    ) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 1...6, using: &random) {
            text += piece(&random, context: context, depth: depth, insideItem: insideItem, seesItem: seesItem)
        }
        return text
    }

    private mutating func piece(
        _ random: inout SplitMix, context: Context, depth: Int, insideItem: Bool, seesItem: Bool
    ) -> String {
        let choice = Int.random(in: 0..<(depth < 3 ? 10 : 5), using: &random)
        let indent = ["", "  ", "\t"].randomElement(using: &random)!
        switch choice {
        case 0: return ["a", "é ", "a ", "<b>", lineBreak, "x" + lineBreak, "  z"].randomElement(using: &random)!
        case 1: return value(&random, context: context, seesItem: seesItem)
        case 2: return "{{! note }}" + (Bool.random(using: &random) ? lineBreak : "")
        case 3: return lineBreak + indent + "{{! seule }}" + lineBreak
        case 4:
            guard depth < 2 else { return "z" }
            let indent = indentsPartials && lineBreak == "\n" ? indent : ""
            return Bool.random(using: &random) ? "[{{> partials/inner}}]" : lineBreak + indent + "{{> partials/inner}}" + lineBreak
        default:
            let (open, inner) = section(&random, context: context, insideItem: insideItem, seesItem: seesItem)
            let name = String(open.dropFirst())
            let entersItem = inner == .item
            let body = template(
                &random, context: inner, depth: depth + 1, insideItem: insideItem || entersItem, seesItem: seesItem || entersItem)
            // A section is inline, with text on its lines, or standalone, each tag alone on its line: swift-mustache
            // decides whether a line after a section's closing tag starts a line from the opening tag's line,
            // where the spec looks at the closing tag's own line, and the two differ only in between.
            if Bool.random(using: &random) {
                return "x{{\(open)}}\(body){{/\(name)}}x"
            }
            return lineBreak + indent + "{{\(open)}}" + lineBreak + body + lineBreak + indent + "{{/\(name)}}" + lineBreak
        }
    }

    private func value(_ random: inout SplitMix, context: Context, seesItem: Bool) -> String {
        var names = ["{{title}}", "{{{bodyHTML}}}", "{{count}}", "{{site.name}}", "{{&bodyHTML}}", "{{record.url}}"]
        if seesItem { names += ["{{note}}"] }
        switch context {
        case .item, .site: names += ["{{name}}"]
        case .text: names += ["{{.}}"]
        case .page: break
        }
        return names.randomElement(using: &random)!
    }

    /// A section's opening (`#name`, `^name`) and what it puts around its content.
    private func section(_ random: inout SplitMix, context: Context, insideItem: Bool, seesItem: Bool) -> (String, Context) {
        var sections: [(String, Context)] = [
            ("^items", context), ("#isOfficial", context), ("^isOfficial", context), ("#role", .text),
            ("^role", context), ("#site", .site), ("#record", .site), ("^record", context), ("^empty(items)", context),
            ("#empty(bodyHTML)", context), ("^empty(title)", context),
        ]
        // No list inside an item: an absent `note` of the inner item would be the outer item's for
        // swift-mustache, which looks outwards past a field that is there but empty, where the spec (and our
        // engine) stop at the innermost view that has the field.
        if seesItem { sections += [("#note", .text), ("^note", context)] }
        if !insideItem { sections.append(("#items", .item)) }
        return sections.randomElement(using: &random)!
    }
}
