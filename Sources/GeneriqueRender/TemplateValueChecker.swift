import GeneriqueCore

/// Finds tags that name a value the view model does not have. swift-mustache renders such a tag as empty
/// text, so a typo (`{{nmae}}`) would silently publish pages with holes; here it is a positioned error.
///
/// The check walks the template's tags with a stack of real view-model values, as Mustache resolves names:
/// sections over lists look at their first elements, optional values at their content. Where a value is
/// absent (an empty list, a nil optional) the names inside cannot be checked against it and are let through;
/// checking several pages of the same template fills those gaps.
struct TemplateValueChecker {
    let templates: [String: [TemplateNode]]

    /// What one check found.
    struct Outcome {
        var diagnostics: [Diagnostic] = []
        /// Sections whose value was absent (nil, an empty list), so the names inside them, nested sections
        /// included, could not be checked.
        var unchecked: Set<SourceLocation> = []
        /// Whether every name was checked.
        var isComplete: Bool { unchecked.isEmpty }
    }

    func check(template name: String, with view: Any) -> Outcome {
        var outcome = Outcome()
        walk(templates[name] ?? [], stack: [.value(view)], into: &outcome)
        return outcome
    }

    private enum Context {
        case value(Any)
        case unknown
    }

    private enum Lookup {
        case found(Any)
        case unknown
        case missing
    }

    /// Templates that include themselves are refused when loaded (`TemplateCycles`), so the walk ends.
    private func walk(_ nodes: [TemplateNode], stack: [Context], into outcome: inout Outcome) {
        for node in nodes {
            switch node {
            case .variable(let name, let location, _):
                _ = resolve(name, at: location, in: stack, into: &outcome)
            case .section(let name, let inverted, let location, let children):
                let value = resolve(name, at: location, in: stack, into: &outcome)
                if inverted {
                    walk(children, stack: stack, into: &outcome)
                    continue
                }
                let contexts = contexts(inside: value)
                guard !contexts.isEmpty else {
                    outcome.unchecked.insert(location)
                    walk(children, stack: stack + [.unknown], into: &outcome)
                    continue
                }
                // A section entered several times (the first elements of a list) leaves unchecked only what
                // none of them could enter.
                var uncheckedByAll: Set<SourceLocation>?
                for context in contexts {
                    var inner = Outcome()
                    walk(children, stack: stack + [context], into: &inner)
                    outcome.diagnostics += inner.diagnostics
                    uncheckedByAll = uncheckedByAll.map { $0.intersection(inner.unchecked) } ?? inner.unchecked
                }
                outcome.unchecked.formUnion(uncheckedByAll ?? [])
            case .block(_, let children):
                walk(children, stack: stack, into: &outcome)
            case .partial(let name, _):
                walk(templates[name] ?? [], stack: stack, into: &outcome)
            case .parent(let name, _, let children):
                walk(children, stack: stack, into: &outcome)
                walk(templates[name] ?? [], stack: stack, into: &outcome)
            }
        }
    }

    /// The contexts a section is entered with: a list's first few elements, an optional's content, the
    /// value itself; none when the value is absent (nil, an empty list), whose names cannot be checked.
    private func contexts(inside lookup: Lookup) -> [Context] {
        guard case .found(let value) = lookup, let unwrapped = Self.unwrap(value) else { return [] }
        let mirror = Mirror(reflecting: unwrapped)
        guard mirror.displayStyle == .collection else { return [.value(unwrapped)] }
        // A few elements, not all: casting a list of thousands to [Any] would box every element.
        return mirror.children.prefix(Self.elementsChecked).map { .value($0.value) }
    }

    /// How many elements of a list a section is checked with: enough for optional values that the first
    /// element lacks (the A–Z's first letter often has no profiles), few enough to stay cheap.
    static let elementsChecked = 8

    private func resolve(_ written: String, at location: SourceLocation, in stack: [Context], into outcome: inout Outcome)
        -> Lookup
    {
        let name = Self.innermostName(written)
        if name == "." || name.isEmpty {
            guard case .value(let value) = stack.last else { return .unknown }
            return .found(value)
        }
        let components = name.split(separator: ".").map(String.init)
        // The first component is looked up from the innermost context outwards, as Mustache does.
        var current: Any?
        for context in stack.reversed() {
            guard case .value(let value) = context else { return .unknown }
            if let child = Self.child(components[0], of: value) {
                current = child
                break
            }
        }
        guard var value = current else {
            let values = stack.compactMap { context -> Any? in if case .value(let v) = context { v } else { nil } }
            report(components[0], in: values, written: written, at: location, into: &outcome)
            return .missing
        }
        // The rest of a dotted name is looked up in that value only.
        for component in components.dropFirst() {
            guard let unwrapped = Self.unwrap(value) else { return .unknown }
            guard let child = Self.child(component, of: unwrapped) else {
                report(component, in: [unwrapped], written: written, at: location, into: &outcome)
                return .missing
            }
            value = child
        }
        return .found(value)
    }

    private func report(_ name: String, in values: [Any], written: String, at location: SourceLocation, into outcome: inout Outcome) {
        let available = values.flatMap { Self.fieldNames(of: $0) }
        let owner = values.last.map { "\(type(of: $0))" } ?? "the page"
        outcome.diagnostics.append(
            .error(
                at: location, "'\(written)' is not a value of \(owner): it would render as nothing",
                code: "unknown-template-value",
                hint: Suggestion.hint(for: name, in: available)
                    ?? "values here: \(Set(available).sorted().joined(separator: ", "))"))
    }

    /// `empty(list)` → `list`: swift-mustache transforms wrap the name they apply to.
    static func innermostName(_ written: String) -> String {
        var name = Substring(written)
        while let open = name.firstIndex(of: "("), name.hasSuffix(")") {
            name = name[name.index(after: open)..<name.index(before: name.endIndex)]
        }
        return name.trimmingCharacters()
    }

    static func child(_ name: String, of value: Any) -> Any? {
        Mirror(reflecting: value).children.first { $0.label == name }?.value
    }

    static func fieldNames(of value: Any) -> [String] {
        Mirror(reflecting: value).children.compactMap(\.label)
    }

    /// The wrapped value of an optional, nil for `nil`, the value itself otherwise.
    static func unwrap(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first.map(\.value)
    }
}

extension Substring {
    fileprivate func trimmingCharacters() -> String { String(self).trimmingWhitespace() }
}
