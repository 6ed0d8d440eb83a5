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

    /// The names of the templates read.
    public var names: Set<String> { Set(templates.keys) }

    /// Reads `sources`; the library holds the templates that read without error, the diagnostics say what
    /// is wrong with the others and which templates include themselves.
    public static func load(_ sources: [Source]) -> (TemplateLibrary, [Diagnostic]) {
        var templates: [String: (path: String, nodes: [ParsedNode])] = [:]
        var diagnostics: [Diagnostic] = []
        for source in sources {
            switch TemplateParser.parse(source.bytes, path: source.path) {
            case .success(let nodes): templates[source.name] = (source.path, nodes)
            case .failure(let problems): diagnostics += problems.diagnostics
            }
        }
        diagnostics += TemplateCycles.diagnostics(in: templates.mapValues(\.nodes))
        return (TemplateLibrary(templates: templates), diagnostics.sorted())
    }

    /// The template `name` compiled for views of type `View`, with the diagnostics of every tag it (and
    /// every partial and parent it includes) cannot resolve; nil when it does not exist or a tag is wrong.
    public func compile<View: TemplateView>(_ name: String, for view: View.Type) -> (CompiledTemplate<View>?, [Diagnostic]) {
        var compiler = TemplateCompiler(templates: templates)
        let renderer = compiler.compile(name, root: ViewType.of(view))
        let diagnostics = Array(Set(compiler.diagnostics)).sorted()
        guard let renderer, diagnostics.isEmpty else { return (nil, diagnostics) }
        return (CompiledTemplate(renderer: renderer), diagnostics)
    }
}

/// A template compiled for one view type: rendering walks resolved accessors into a byte buffer.
public struct CompiledTemplate<View: TemplateView>: Sendable {
    let renderer: Renderer

    /// `view` rendered.
    public func render(_ view: View) -> [UInt8] {
        var state = RenderState(output: [], frames: [view])
        state.output.reserveCapacity(16 << 10)
        renderer(&state)
        return state.output
    }
}
