import GeneriqueCore
import GeneriqueTemplates

/// The templates of a site, read, compiled for their views and checked, and the assets that ship with them.
public struct TemplateSet: Sendable {
    /// Every template the renderer renders itself, with the view it renders: each is compiled against that
    /// view's fields when templates load, so that every tag of every template and partial is checked,
    /// whatever the content.
    static let roots: [(name: String, view: any TemplateView.Type)] = [
        ("home", HomePageView.self), ("profiles", ProfileIndexPageView.self), ("profile", ProfilePageView.self),
        ("metiers", MetierIndexPageView.self), ("metier", MetierPageView.self), ("societes", SocieteIndexPageView.self),
        ("societe", SocietePageView.self), ("page", FreePageView.self), ("search", SearchPageView.self),
        ("404", NotFoundPageView.self),
    ]

    /// Page templates the renderer needs, by name (path under `templates/` without `.mustache`).
    public static let requiredTemplates = roots.map(\.name)

    /// The compiled templates.
    let compiled: CompiledTemplates
    /// Files under `templates/assets/`, to be copied to `assets/` in the output.
    public let assets: [OutputFile]
    /// Changes whenever any file under `templates/` changes: part of every page's fingerprint.
    let fingerprint: UInt64

    /// Loads every `templates/**/*.mustache` and `templates/assets/**` from the tree. Syntax errors, missing
    /// templates and partials, cycles of includes, names the views do not have and raw output of values
    /// that are not HTML are diagnostics at their tag. `previous`, loaded from the same files, is returned as
    /// it is (`serve` compiles the templates again only when one changed).
    public static func load(from tree: SourceTree, reusing previous: TemplateSet? = nil) -> (TemplateSet?, [Diagnostic]) {
        let fingerprintState = FingerprintState(value: 0xcbf2_9ce4_8422_2325)
        for file in tree.files(under: "templates/") {
            fingerprintState.combine(file.path)
            fingerprintState.combine(String(decoding: file.bytes, as: UTF8.self))
        }
        if let previous, previous.fingerprint == fingerprintState.value { return (previous, []) }
        var diagnostics: [Diagnostic] = []
        var sources: [TemplateLibrary.Source] = []
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
            guard String(validating: file.bytes, as: UTF8.self) != nil else {
                diagnostics.append(
                    .error(at: SourceLocation(path: file.path), "template is not valid UTF-8", code: "invalid-encoding"))
                continue
            }
            sources.append(.init(name: String(relative.dropLast(".mustache".count)), path: file.path, bytes: file.bytes))
        }
        let (library, problems) = TemplateLibrary.load(sources)
        diagnostics += problems
        // Every template file counts as existing, even one with a syntax error (already reported).
        let names = Set(sources.map(\.name))
        for required in requiredTemplates where !names.contains(required) {
            if tree.file(at: "templates/\(required).mustache") != nil { continue }  // reported as invalid
            diagnostics.append(
                .error(
                    at: SourceLocation(path: "templates/\(required).mustache"), "missing template '\(required)'",
                    code: "missing-template", hint: "every page kind needs its template: \(requiredTemplates.joined(separator: ", "))"))
        }
        // Compiled even when some templates could not be read, so that one run reports every problem.
        let (compiled, compileProblems) = library.compile(roots.filter { names.contains($0.name) })
        diagnostics += compileProblems
        diagnostics.sort()
        guard !diagnostics.containsErrors else { return (nil, diagnostics) }
        let set = TemplateSet(compiled: compiled, assets: assets.sorted { $0.path < $1.path }, fingerprint: fingerprintState.value)
        return (set, diagnostics)
    }

    /// `view` rendered with the template named `template`, as UTF-8 bytes; nil when no template of that name
    /// renders such views.
    func render<View: TemplateView>(_ view: View, with template: String) -> [UInt8]? {
        compiled.render(view, with: template)
    }
}
