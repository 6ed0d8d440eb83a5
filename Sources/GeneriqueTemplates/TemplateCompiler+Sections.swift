import GeneriqueCore

/// Sections: `{{#name}}` and `{{^name}}` over what the field holds, and `empty(name)`.
extension TemplateCompiler {
    mutating func section(
        _ name: TagName, inverted: Bool, at location: SourceLocation, _ children: [ParsedNode], in scope: TemplateScope
    ) -> Renderer {
        let opening = "{{\(inverted ? "^" : "#")\(name.written)}}"
        guard !name.parts.isEmpty else {
            report(location, "\(opening) opens a section over '.', which is always there", code: "template-syntax",
                   hint: "open the section over a field")
            return { _ in }
        }
        guard let access = access(name, at: location, in: scope) else { return { _ in } }
        let holder = access.holder
        if name.testsEmptiness {
            let isEmpty: @Sendable (Any) -> Bool
            switch access.value {
            case .list(_, _, let empty): isEmpty = empty
            case .text(let read), .html(let read): isEmpty = { read($0).isEmpty }
            default:
                report(
                    location, "\(name.written): '\(name.parts.joined(separator: "."))' is \(access.value.kind), "
                        + "and only lists and texts are empty or not", code: "template-syntax",
                    hint: access.value.isOptional ? "test whether it is there with {{#name}} or {{^name}}" : nil)
                return { _ in }
            }
            let inside = body(children, in: scope)
            return { state in
                guard let view = holder(state.frames) else { return }
                if isEmpty(view) != inverted { inside(&state) }
            }
        }
        switch access.value {
        case .flag(let read):
            let inside = body(children, in: scope)
            return { state in
                let on = holder(state.frames).map(read) ?? false
                if on != inverted { inside(&state) }
            }
        case .optionalText(let read):
            let isHTML = false
            let last = name.parts.last ?? ""
            if inverted {
                let inside = body(children, in: scope)
                return { state in if holder(state.frames).flatMap(read) == nil { inside(&state) } }
            }
            let inside = body(children, in: pushing(.text(field: last, isHTML: isHTML), on: scope))
            return { state in
                guard let text = holder(state.frames).flatMap(read) else { return }
                state.frames.append(text)
                inside(&state)
                state.frames.removeLast()
            }
        case .view(let type, let read):
            guard !inverted else { return { _ in } }
            let inside = body(children, in: pushing(.view(type), on: scope))
            return { state in
                guard let view = holder(state.frames) else { return }
                state.frames.append(read(view))
                inside(&state)
                state.frames.removeLast()
            }
        case .optionalView(let type, let read):
            if inverted {
                let inside = body(children, in: scope)
                return { state in if holder(state.frames).flatMap(read) == nil { inside(&state) } }
            }
            let inside = body(children, in: pushing(.view(type), on: scope))
            return { state in
                guard let child = holder(state.frames).flatMap(read) else { return }
                state.frames.append(child)
                inside(&state)
                state.frames.removeLast()
            }
        case .list(let type, let each, let isEmpty):
            if inverted {
                let inside = body(children, in: scope)
                return { state in if holder(state.frames).map(isEmpty) ?? true { inside(&state) } }
            }
            let inside = body(children, in: pushing(.view(type), on: scope))
            return { state in
                guard let view = holder(state.frames) else { return }
                each(view) { child in
                    state.frames.append(child)
                    inside(&state)
                    state.frames.removeLast()
                }
            }
        case .text, .html, .number:
            report(
                location, "\(opening): '\(name.written)' is \(access.value.kind), always there: a section over it is always entered",
                code: "template-syntax", hint: "to test whether it is empty, write {{^empty(\(name.written))}}…{{/empty(\(name.written))}}")
            return { _ in }
        }
    }

    private func pushing(_ frame: TemplateScope.Frame, on scope: TemplateScope) -> TemplateScope {
        var inner = scope
        inner.frames.append(frame)
        return inner
    }
}
