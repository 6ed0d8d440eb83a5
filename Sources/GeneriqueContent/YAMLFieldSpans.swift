/// Where each top-level field of a YAML document, and each pair of a field's map, is written, in characters
/// (Unicode scalars, a CRLF counting two) from the start of the text: what an edit needs to replace a value
/// and keep every other byte.
struct YAMLFieldSpans {
    /// One `key: value` pair: a top-level field, or an entry of a field's map (`x: nom` under `accounts:`).
    struct Field {
        /// The key's text.
        let key: String
        /// The key, from its first character to just after its last one (its closing quote, if quoted).
        let keyRange: Range<Int>
        /// The value, from its first character (its tag or anchor, if any) to just after its last one; an
        /// empty value (`key:` alone) is an empty range just after the colon.
        let valueRange: Range<Int>
        /// What the value is.
        let kind: Kind
        /// Whether the value is a collection written in flow style (`[a, b]`, `{x: a}`).
        var isFlow = false
        /// A top-level field's map's pairs, in the order written; empty for anything else.
        var entries: [Field] = []
    }

    /// The shape of a value.
    enum Kind: Equatable {
        case scalar, sequence, mapping
    }

    /// The root's shape: nil for an empty document, `.mapping` for `key: value` lines.
    let root: Kind?
    /// Whether the root is written in flow style (`{name: x}`) rather than as lines.
    let rootIsFlow: Bool
    /// The root mapping's fields, in the order written.
    let fields: [Field]
}
