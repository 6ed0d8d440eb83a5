import GeneriqueCore
import Mustache

/// The templates of a site, parsed and checked, and the assets that ship with them.
public struct TemplateSet: Sendable {
    /// Page templates the renderer needs, by name (path under `templates/` without `.mustache`).
    public static let requiredTemplates = [
        "home", "profiles", "profile", "metiers", "metier", "societes", "societe", "page", "search", "404",
    ] + chromeTemplates + [cardTemplate]

    /// A profile's card, rendered once per profile with a `ProfileCard` and given to lists as its `html`.
    public static let cardTemplate = "partials/profile-card"

    /// The site header and footer, rendered once per section with a `SiteView` and given to every page as
    /// `site.headerHTML` and `site.footerHTML`.
    public static let chromeTemplates = ["partials/site-header", "partials/site-footer"]

    /// The parsed templates, ready to render, each read after `TemplateEscaping.pragmaLine`.
    let library: MustacheLibrary
    /// The same templates as tag trees, for the check that every value they name exists.
    let tags: [String: [TemplateNode]]
    /// Files under `templates/assets/`, to be copied to `assets/` in the output.
    public let assets: [OutputFile]
    /// Changes whenever any template changes: part of every page's fingerprint.
    let fingerprint: UInt64

    /// Loads every `templates/**/*.mustache` and `templates/assets/**` from the tree. Parse errors, missing
    /// page templates and references to partials or parents that do not exist are diagnostics with positions:
    /// swift-mustache would otherwise render them silently as empty text.
    public static func load(from tree: SourceTree) -> (TemplateSet?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var library = MustacheLibrary()
        var tags: [String: [TemplateNode]] = [:]
        var assets: [OutputFile] = []
        for file in tree.files(under: "templates/") {
            let relative = String(file.path.dropFirst("templates/".count))
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            if relative.hasPrefix("assets/") {
                assets.append(OutputFile(path: relative, bytes: file.bytes))
                continue
            }
            guard relative.hasSuffix(".mustache") else {
                diagnostics.append(
                    .error(
                        at: SourceLocation(path: file.path), "unexpected file in templates/", code: "unexpected-file",
                        hint: "templates are .mustache files; put stylesheets and images in templates/assets/"))
                continue
            }
            guard let text = String(validating: file.bytes, as: UTF8.self) else {
                diagnostics.append(
                    .error(at: SourceLocation(path: file.path), "template is not valid UTF-8", code: "invalid-encoding"))
                continue
            }
            let name = String(relative.dropLast(".mustache".count))
            // Before swift-mustache, whose parser reads a tag missing a brace up to the next '}}' or the end.
            let syntaxErrors = TemplateScanner.syntaxErrors(in: text, path: file.path)
            guard syntaxErrors.isEmpty else {
                diagnostics += syntaxErrors
                continue
            }
            do {
                library.register(try MustacheTemplate(string: TemplateEscaping.pragmaLine + text), named: name)
                tags[name] = TemplateTags.parse(text, path: file.path)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(diagnostic(for: error, in: text, path: file.path))
            } catch {
                diagnostics.append(
                    .error(at: SourceLocation(path: file.path), "template error: \(error)", code: "template-syntax"))
            }
        }
        // Every template file counts as existing, even one with a syntax error (already reported).
        let names = Set(
            tree.files(under: "templates/").map { String($0.path.dropFirst("templates/".count)) }
                .filter { $0.hasSuffix(".mustache") }.map { String($0.dropLast(".mustache".count)) })
        for required in requiredTemplates where !names.contains(required) {
            if tree.file(at: "templates/\(required).mustache") != nil { continue }  // reported as a syntax error
            diagnostics.append(
                .error(
                    at: SourceLocation(path: "templates/\(required).mustache"), "missing template '\(required)'",
                    code: "missing-template", hint: "every page kind needs its template: \(requiredTemplates.joined(separator: ", "))"))
        }
        for (_, nodes) in tags.sorted(by: { $0.key < $1.key }) {
            for inclusion in TemplateTags.inclusions(in: nodes) where !names.contains(inclusion.name) {
                diagnostics.append(
                    .error(
                        at: inclusion.location,
                        "\(inclusion.isParent ? "parent template" : "partial") '\(inclusion.name)' does not exist",
                        code: "missing-partial",
                        hint: Suggestion.hint(for: inclusion.name, in: names.sorted())
                            ?? "create templates/\(inclusion.name).mustache"))
            }
        }
        diagnostics += TemplateCycles.diagnostics(in: tags)
        diagnostics += tags.values.flatMap(TemplateRawOutput.diagnostics)
        diagnostics.sort()
        guard !diagnostics.containsErrors else { return (nil, diagnostics) }
        let fingerprintState = FingerprintState(value: 0xcbf2_9ce4_8422_2325)
        for file in tree.files(under: "templates/") where file.path.hasSuffix(".mustache") {
            fingerprintState.combine(file.path)
            fingerprintState.combine(String(decoding: file.bytes, as: UTF8.self))
        }
        let set = TemplateSet(
            library: library, tags: tags, assets: assets.sorted { $0.path < $1.path }, fingerprint: fingerprintState.value)
        return (set, diagnostics)
    }
}
