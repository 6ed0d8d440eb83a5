/// What rendering one page carries along: the bytes written so far, the views sections opened (innermost
/// last), and the indentation of the partials being rendered.
struct RenderState {
    var output: [UInt8]
    var frames: [Any]
    var indentation: [UInt8] = []

    /// The bytes `renderer` writes for `view`, the page's root.
    static func render<View: TemplateView>(_ view: View, with renderer: Renderer) -> [UInt8] {
        var state = RenderState(output: [], frames: [ViewBox(view)])
        state.output.reserveCapacity(16 << 10)
        renderer(&state)
        return state.output
    }

    /// Appends `bytes`; a non-empty piece that starts a line inside an indented partial gets the
    /// indentation first (each line's first piece, as swift-mustache indents).
    mutating func emit<Bytes: Collection<UInt8>>(_ bytes: Bytes) {
        guard !bytes.isEmpty else { return }
        if !indentation.isEmpty, output.last == RenderState.lineFeed { output += indentation }
        output += bytes
    }

    /// Appends `text` with `&`, `<`, `>`, `"` and `'` as entities.
    mutating func emitEscaped(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            guard !bytes.isEmpty else { return }
            if !indentation.isEmpty, output.last == RenderState.lineFeed { output += indentation }
            var start = 0
            for (index, byte) in bytes.enumerated() {
                let entity: StaticString
                switch byte {
                case UInt8(ascii: "&"): entity = "&amp;"
                case UInt8(ascii: "<"): entity = "&lt;"
                case UInt8(ascii: ">"): entity = "&gt;"
                case UInt8(ascii: "\""): entity = "&quot;"
                case UInt8(ascii: "'"): entity = "&#39;"
                default: continue
                }
                output += bytes[start..<index]
                output += UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount)
                start = index + 1
            }
            output += bytes[start...]
        }
    }

    static let lineFeed = UInt8(ascii: "\n")
}

/// A piece of a compiled template: writes its part of the page.
typealias Renderer = @Sendable (inout RenderState) -> Void
