import Mustache
import GeneriqueCore

/// How `{{value}}` is escaped in every template: `HTMLEscaping`, the same five characters to the same
/// entities as swift-mustache's own HTML escaping, but over UTF-8 bytes. The library's version looks each
/// `Character` up in a dictionary and rebuilds every string, even one with nothing to escape, which profiled
/// at an eighth of a build.
struct TemplateEscaping: MustacheContentType {
    /// The line put before every template so that its `{{value}}` tags use this escaping. swift-mustache
    /// selects a content type only through this pragma; a pragma alone on its line is a standalone tag, so
    /// the line, newline included, renders as nothing. Parents and partials start over with the library's
    /// default (`withPartial`), which is why every template gets the line, not only page templates.
    ///
    /// The parser looks the name up when it reads the pragma, so the line exists only once the content type
    /// is registered: the first read registers it, once per process. The registry is a process-wide table
    /// owned by swift-mustache (behind its own lock), not state of ours; the entry is a stateless value
    /// under a name of our own, so it changes no other template in the process (only one naming it in a
    /// pragma uses it), and registering it again would write the same thing.
    static let pragmaLine: String = {
        let name = "GENERIQUE_HTML"
        MustacheContentTypes.register(TemplateEscaping(), named: name)
        return "{{% CONTENT_TYPE: \(name) }}\n"
    }()

    func escapeText(_ text: String) -> String {
        HTMLEscaping.escape(text)
    }
}
