import GeneriqueCore
import GeneriqueTemplates

/// Small views for the engine's tests: a page with texts, HTML, a flag, a number, optional values, a nested
/// view and a list.
struct EnginePage: TemplateView, Equatable {
    var title = "Titre & <sous-titre>"
    var bodyHTML = "<p>Corps</p>"
    var role: String? = "Productrice"
    var isOfficial = true
    var count = 3
    var site = EngineSite()
    var record: EngineSite? = nil
    var items: [EngineItem] = [EngineItem(name: "Un", note: "n1"), EngineItem(name: "Deux", note: nil)]

    static let templateFields: [TemplateField<EnginePage>] = [
        .text("title", "The title.") { $0.title },
        .html("bodyHTML", "The body.") { $0.bodyHTML },
        .text("role", "A role, maybe.") { $0.role },
        .flag("isOfficial", "Official or not.") { $0.isOfficial },
        .number("count", "How many.") { $0.count },
        .view("site", "The site.") { $0.site },
        .view("record", "A record, maybe.") { $0.record },
        .list("items", "The items.") { $0.items },
    ]
}

struct EngineSite: TemplateView, Equatable {
    var name = "Qui suivre ?"
    var url = "/guide/"

    static let templateFields: [TemplateField<EngineSite>] = [
        .text("name", "The site's name.") { $0.name },
        .text("url", "Its address.") { $0.url },
    ]
}

struct EngineItem: TemplateView, Equatable {
    var name: String
    var note: String?

    static let templateFields: [TemplateField<EngineItem>] = [
        .text("name", "The item's name.") { $0.name },
        .text("note", "A note, maybe.") { $0.note },
    ]
}

/// Templates from literal texts, for the engine's tests.
enum TestTemplates {
    /// `templates` (name → text) loaded, and `name` compiled for `EnginePage`: the bytes rendered for `page`, or
    /// the diagnostics, one a line.
    static func render(_ name: String, _ templates: [String: String], _ page: EnginePage = EnginePage()) -> String {
        let sources = templates.map {
            TemplateLibrary.Source(name: $0.key, path: "templates/\($0.key).mustache", bytes: Array($0.value.utf8))
        }
        let (library, problems) = TemplateLibrary.load(sources)
        guard problems.isEmpty else { return problems.map(\.formatted).joined(separator: "\n") }
        let (compiled, diagnostics) = library.compile([(name, EnginePage.self)])
        guard let bytes = compiled.render(page, with: name) else { return diagnostics.map(\.formatted).joined(separator: "\n") }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func render(_ text: String, _ page: EnginePage = EnginePage(), partials: [String: String] = [:]) -> String {
        render("page", partials.merging(["page": text]) { one, _ in one }, page)
    }
}
