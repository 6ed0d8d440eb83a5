import GeneriqueTemplates

/// A stable 64-bit fingerprint of a view model, from its field list: every value a template can print.
///
/// Two builds that compute the same fingerprint for a page (with the same templates) render the same bytes,
/// so the page need not be rendered again. Swift's `Hasher` is seeded per process and cannot be used for
/// this; every value is fed, in field-list order, to an FNV-style hash, with a marker for each kind.
enum ViewFingerprint {
    static func of(_ view: some TemplateView, seed: UInt64) -> UInt64 {
        var visitor = FingerprintVisitor(state: FingerprintState(value: seed))
        view.visitFields(&visitor)
        return visitor.state.value
    }
}

private struct FingerprintVisitor: TemplateFieldVisitor {
    let state: FingerprintState

    func visit(text: String) { state.combine(text) }
    func visit(flag: Bool) { state.combine(marker: flag ? 3 : 4) }
    func visit(number: Int) {
        state.combine(marker: 6)
        state.combine(number: UInt64(bitPattern: Int64(number)))
    }
    func visitAbsent() { state.combine(marker: 0) }
    func visitViewStart() { state.combine(marker: 5) }
    func visitListEnd(count: Int) {
        state.combine(marker: 2)
        state.combine(number: UInt64(count))
    }
}

/// The running hash, shared by the encoder and its containers (they are created and used within one call).
final class FingerprintState {
    var value: UInt64

    init(value: UInt64) { self.value = value }

    /// Eight bytes at a time when the text is contiguous UTF-8 (native strings are): bios make most of what
    /// is fingerprinted.
    func combine(_ text: String) {
        var text = text
        var value = value  // a local, not the class's property, inside the loop
        text.withUTF8 { buffer in
            var offset = 0
            let raw = UnsafeRawBufferPointer(buffer)
            while offset + 8 <= raw.count {
                value = (value ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x0000_0100_0000_01b3
                value ^= value >> 29
                offset += 8
            }
            while offset < raw.count {
                value = (value ^ UInt64(raw[offset])) &* 0x0000_0100_0000_01b3
                offset += 1
            }
        }
        self.value = value
        combine(marker: 0xFF)
        combine(number: UInt64(text.utf8.count))
    }

    func combine(marker: UInt8) {
        value = (value ^ UInt64(marker)) &* 0x0000_0100_0000_01b3
    }

    func combine(number: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { combine(marker: UInt8(truncatingIfNeeded: number >> shift)) }
    }
}
