import GeneriqueCore
import Mustache

/// The templates of a site, parsed and checked, and the assets that ship with them.
public struct TemplateSet: Sendable {
    /// Page templates the renderer needs, by name (path under `templates/` without `.mustache`).
    public static let requiredTemplates = [
        "home", "profiles", "profile", "metiers", "metier", "societes", "societe", "page", "404",
    ]

    /// The parsed templates, ready to render.
    let library: MustacheLibrary
    /// Files under `templates/assets/`, to be copied to `assets/` in the output.
    public let assets: [OutputFile]

    /// Loads every `templates/**/*.mustache` and `templates/assets/**` from the tree. Parse errors, missing
    /// page templates and references to partials or parents that do not exist are diagnostics with positions:
    /// swift-mustache would otherwise render them silently as empty text.
    public static func load(from tree: SourceTree) -> (TemplateSet?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var library = MustacheLibrary()
        var sources: [(name: String, path: String, text: String)] = []
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
            do {
                library.register(try MustacheTemplate(string: text), named: name)
                sources.append((name, file.path, text))
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(
                    .error(
                        at: SourceLocation(path: file.path, line: error.context.lineNumber, column: error.context.columnNumber),
                        "template syntax error: \(describe(error.error))", code: "template-syntax",
                        hint: "near: \(error.context.line.trimmingWhitespace())"))
            } catch {
                diagnostics.append(
                    .error(at: SourceLocation(path: file.path), "template error: \(error)", code: "template-syntax"))
            }
        }
        let names = Set(sources.map(\.name))
        for required in requiredTemplates where !names.contains(required) {
            if tree.file(at: "templates/\(required).mustache") != nil { continue }  // reported as a syntax error
            diagnostics.append(
                .error(
                    at: SourceLocation(path: "templates/\(required).mustache"), "missing template '\(required)'",
                    code: "missing-template", hint: "every page kind needs its template: \(requiredTemplates.joined(separator: ", "))"))
        }
        for source in sources {
            for reference in TemplateReferences.find(in: source.text) where !names.contains(reference.name) {
                diagnostics.append(
                    .error(
                        at: SourceLocation(path: source.path, line: reference.line, column: reference.column),
                        "\(reference.isParent ? "parent template" : "partial") '\(reference.name)' does not exist",
                        code: "missing-partial",
                        hint: Suggestion.hint(for: reference.name, in: names.sorted())
                            ?? "create templates/\(reference.name).mustache"))
            }
        }
        diagnostics.sort()
        guard !diagnostics.containsErrors else { return (nil, diagnostics) }
        return (TemplateSet(library: library, assets: assets.sorted { $0.path < $1.path }), diagnostics)
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect: "a section is closed with the wrong name"
        case MustacheTemplate.Error.unfinishedName: "a tag is not closed with '}}'"
        case MustacheTemplate.Error.expectedSectionEnd: "a section is never closed"
        case MustacheTemplate.Error.invalidSetDelimiter: "invalid delimiter change"
        case MustacheTemplate.Error.textInsideInheritSection: "text outside a block inside '{{<…}}'"
        case MustacheTemplate.Error.illegalTokenInsideInheritSection: "only blocks may appear inside '{{<…}}'"
        default: "\(error)"
        }
    }
}

/// Partial (`{{> name}}`) and parent (`{{< name}}`) references in a template's text, with positions.
enum TemplateReferences {
    struct Reference: Equatable {
        let name: String
        let isParent: Bool
        let line: Int
        let column: Int
    }

    /// Scans for `{{>` and `{{<` tags. Custom delimiters are not supported by the default theme's rules.
    static func find(in text: String) -> [Reference] {
        var references: [Reference] = []
        let scalars = Array(text.unicodeScalars)
        var line = 1
        var column = 1
        var index = 0
        while index < scalars.count {
            if scalars[index] == "{", index + 2 < scalars.count, scalars[index + 1] == "{",
                scalars[index + 2] == ">" || scalars[index + 2] == "<"
            {
                var end = index + 3
                var name = ""
                while end + 1 < scalars.count, !(scalars[end] == "}" && scalars[end + 1] == "}") {
                    name.unicodeScalars.append(scalars[end])
                    end += 1
                }
                references.append(
                    Reference(name: name.trimmingWhitespace(), isParent: scalars[index + 2] == "<", line: line, column: column))
            }
            if scalars[index] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += 1
        }
        return references
    }
}
