import GeneriqueCore

/// A name as a tag writes it: `name`, `page.title`, `.`, or `empty(members)`.
struct TagName: Sendable, Hashable, CustomStringConvertible {
    /// As written, for messages.
    let written: String
    /// The dotted parts; empty for `.`.
    let parts: [String]
    /// `empty(x)`: whether `x`, a list or a text, is empty.
    let testsEmptiness: Bool

    var description: String { written }
}

/// A template read into a tree of nodes, line rules applied: a standalone tag's line renders as nothing (a
/// standalone partial's indentation kept for each of its lines), text is cut after each line break.
indirect enum ParsedNode: Sendable {
    /// Bytes printed as they are, ending at the latest with a line break.
    case text([UInt8])
    /// `{{name}}`, or `{{{name}}}` and `{{&name}}` when `raw`.
    case value(TagName, raw: Bool, SourceLocation)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted.
    case section(TagName, inverted: Bool, SourceLocation, [ParsedNode])
    /// `{{> name}}`.
    case partial(String, indentation: [UInt8], SourceLocation)
    /// `{{< name}}…{{/name}}`: the template `name`, with some of its blocks replaced.
    case parent(String, indentation: [UInt8], SourceLocation, overrides: [ParsedBlock])
    /// `{{$name}}…{{/name}}` outside a parent: the place of a block, and what it shows unless replaced.
    case block(String, indentation: [UInt8], SourceLocation, [ParsedNode])
}

/// A block a `{{<parent}}` replaces: its name and what it shows instead.
struct ParsedBlock: Sendable {
    let name: String
    let nodes: [ParsedNode]
}

/// Why a template could not be read: its first problem (reading stops there).
struct TemplateSyntaxErrors: Error {
    let diagnostics: [Diagnostic]
}
