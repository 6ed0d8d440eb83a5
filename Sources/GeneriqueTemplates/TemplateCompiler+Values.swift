import GeneriqueCore

/// Values and sections: names resolved against the frames, each use checked against what the field holds.
extension TemplateCompiler {
    /// A resolved name: how to reach, at render time, the view that holds the field (nil when an optional
    /// view on the way is absent), and the field.
    struct Access {
        let holder: @Sendable ([Any]) -> Any?
        let value: FieldValue
    }

    /// `name` resolved in `scope`, or nil with an error at `location`.
    mutating func access(_ name: TagName, at location: SourceLocation, in scope: TemplateScope) -> Access? {
        let parts = name.parts
        guard let (index, first) = scope.resolve(parts[0]) else {
            let owner = scope.innermostView?.name ?? "the text around it"
            report(
                location, "'\(name.written)' is not a value of \(owner): it would render as nothing",
                code: "unknown-template-value", hint: Suggestion.hint(for: parts[0], in: Set(scope.visibleNames)))
            return nil
        }
        var holder: @Sendable ([Any]) -> Any? = { $0[index] }
        var field = first
        for part in parts.dropFirst() {
            let next: ViewType
            let previous = holder
            switch field.value {
            case .view(let type, let read):
                next = type
                holder = { frames in previous(frames).map(read) }
            case .optionalView(let type, let read):
                next = type
                holder = { frames in previous(frames).flatMap(read) }
            default:
                report(
                    location, "'\(name.written)': '\(field.name)' is \(field.value.kind), which has no fields",
                    code: "unknown-template-value")
                return nil
            }
            guard let found = next.field(part) else {
                report(
                    location, "'\(name.written)' is not a value of \(next.name): it would render as nothing",
                    code: "unknown-template-value", hint: Suggestion.hint(for: part, in: next.fields.map(\.name)))
                return nil
            }
            field = found
        }
        return Access(holder: holder, value: field.value)
    }

    /// `{{name}}`, `{{{name}}}`, `{{&name}}`, `{{.}}`.
    mutating func value(_ name: TagName, raw: Bool, at location: SourceLocation, in scope: TemplateScope) -> Renderer {
        let shown = name.parts.isEmpty ? "'.'" : "'\(name.written)'"
        guard !name.testsEmptiness else {
            report(
                location, "\(name.written) is a test: it opens a section, it is not printed", code: "template-syntax",
                hint: "write {{^\(name.written)}}…{{/\(name.written)}}")
            return { _ in }
        }
        if name.parts.isEmpty {
            guard case .text(let field, let isHTML) = scope.frames.last else {
                report(
                    location, "'.' is \(scope.frames.last?.description ?? "nothing") here, not a text: it cannot be printed",
                    code: "unknown-template-value", hint: "print one of its fields: {{name}}")
                return { _ in }
            }
            if raw, !isHTML { return unescaped("'.' (\(field))", name, at: location) }
            if raw {
                return { state in if let text = state.frames.last as? String { state.emit(text.utf8) } }
            }
            return { state in if let text = state.frames.last as? String { state.emitEscaped(text) } }
        }
        guard let access = access(name, at: location, in: scope) else { return { _ in } }
        let holder = access.holder
        switch access.value {
        case .text(let read):
            if raw { return unescaped(shown, name, at: location) }
            return { state in if let view = holder(state.frames) { state.emitEscaped(read(view)) } }
        case .optionalText(let read):
            if raw { return unescaped(shown, name, at: location) }
            return { state in if let text = holder(state.frames).flatMap(read) { state.emitEscaped(text) } }
        case .html(let read):
            if raw {
                return { state in if let view = holder(state.frames) { state.emit(read(view).utf8) } }
            }
            return { state in if let view = holder(state.frames) { state.emitEscaped(read(view)) } }
        case .number(let read):
            return { state in if let view = holder(state.frames) { state.emit(String(read(view)).utf8) } }
        case .flag, .view, .optionalView, .list:
            report(
                location, "\(shown) is \(access.value.kind): it cannot be printed", code: "unknown-template-value",
                hint: "open a section over it: {{#\(name.written)}}…{{/\(name.written)}}")
            return { _ in }
        }
    }

    private mutating func unescaped(_ shown: String, _ name: TagName, at location: SourceLocation) -> Renderer {
        report(
            location, "\(shown) is printed without escaping, but it is not HTML", code: "unescaped-template-value",
            hint: "use {{\(name.written)}}: only fields that hold HTML may be printed raw")
        return { _ in }
    }
}
