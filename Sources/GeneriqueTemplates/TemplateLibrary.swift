import GeneriqueCore

/// A site's templates, read and checked: every syntax problem and every cycle of includes is a diagnostic
/// with its position, for every template, whatever the content.
public struct TemplateLibrary: Sendable {
    /// One template file: its name (`profile`, `partials/profile-card`), its path for messages, its bytes.
    public struct Source: Sendable {
        public let name: String
        public let path: String
        public let bytes: [UInt8]

        public init(name: String, path: String, bytes: [UInt8]) {
            self.name = name
            self.path = path
            self.bytes = bytes
        }
    }

    let templates: [String: (path: String, nodes: [ParsedNode])]
    /// Templates that could not be read (already reported): including one is no further error.
    let unreadable: Set<String>
    /// Whether a template includes itself (already reported): nothing is compiled then.
    let hasCycles: Bool

    /// Reads `sources`; the library holds the templates that read without error, the diagnostics say what
    /// is wrong with the others and which templates include themselves.
    public static func load(_ sources: [Source]) -> (TemplateLibrary, [Diagnostic]) {
        var templates: [String: (path: String, nodes: [ParsedNode])] = [:]
        var unreadable: Set<String> = []
        var diagnostics: [Diagnostic] = []
        for source in sources {
            switch TemplateParser.parse(source.bytes, path: source.path) {
            case .success(let nodes): templates[source.name] = (source.path, nodes)
            case .failure(let problems):
                diagnostics += problems.diagnostics
                unreadable.insert(source.name)
            }
        }
        let cycles = TemplateCycles.diagnostics(in: templates.mapValues(\.nodes))
        let library = TemplateLibrary(templates: templates, unreadable: unreadable, hasCycles: !cycles.isEmpty)
        return (library, (diagnostics + cycles).sorted())
    }

    /// The templates of `roots` compiled, each for views of its type, with the diagnostics of every tag
    /// they (and every partial and parent they include) cannot resolve. A template that does not exist is
    /// left out, without a diagnostic: the caller knows which ones it needs.
    public func compile(_ roots: [(name: String, view: any TemplateView.Type)]) -> (CompiledTemplates, [Diagnostic]) {
        guard !hasCycles else { return (CompiledTemplates(renderers: [:]), []) }
        var compiler = TemplateCompiler(templates: templates, unreadable: unreadable)
        var renderers: [String: CompiledTemplates.Entry] = [:]
        for (name, view) in roots {
            let type = ViewType.of(view)
            if let renderer = compiler.compile(name, root: type) { renderers[name] = .init(view: type.id, renderer: renderer) }
        }
        let diagnostics = Array(Set(compiler.diagnostics)).sorted()
        return (CompiledTemplates(renderers: diagnostics.isEmpty ? renderers : [:]), diagnostics)
    }
}

/// Templates compiled for their views, by name.
public struct CompiledTemplates: Sendable {
    struct Entry: Sendable {
        let view: ObjectIdentifier
        let renderer: Renderer
    }

    let renderers: [String: Entry]

    /// `view` rendered with the template `name`; nil when no template of that name was compiled for views
    /// of its type.
    public func render<View: TemplateView>(_ view: View, with name: String) -> [UInt8]? {
        guard let entry = renderers[name], entry.view == ObjectIdentifier(View.self) else { return nil }
        return RenderState.render(view, with: entry.renderer)
    }
}
