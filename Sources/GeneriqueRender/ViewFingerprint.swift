/// A stable 64-bit fingerprint of a view model, from its synthesized `Encodable` conformance.
///
/// Two builds that compute the same fingerprint for a page (with the same templates) render the same bytes,
/// so the page need not be rendered again. Swift's `Hasher` is seeded per process and cannot be used for
/// this; the encoder below feeds every field name and value, in declaration order, to an FNV-style hash.
enum ViewFingerprint {
    static func of(_ value: some Encodable, seed: UInt64) -> UInt64 {
        let encoder = FingerprintEncoder(state: FingerprintState(value: seed))
        try? value.encode(to: encoder)
        return encoder.state.value
    }
}

/// A view value that feeds its fields to the hash itself, skipping the encoder's generic path: profile cards
/// appear by thousands on the A–Z and group pages.
protocol DirectlyFingerprinted {
    func combine(into state: FingerprintState)
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

private struct FingerprintEncoder: Encoder {
    let state: FingerprintState
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        state.combine(marker: 1)
        return KeyedEncodingContainer(KeyedFingerprint(state: state))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        state.combine(marker: 2)
        return UnkeyedFingerprint(state: state)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleFingerprint(state: state) }

    /// A nested value: directly when it knows how, through its `Encodable` conformance otherwise.
    static func encode<T: Encodable>(_ value: T, state: FingerprintState) throws {
        if let direct = value as? any DirectlyFingerprinted {
            direct.combine(into: state)
        } else {
            try value.encode(to: FingerprintEncoder(state: state))
        }
    }
}

private struct KeyedFingerprint<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let state: FingerprintState
    var codingPath: [any CodingKey] = []

    mutating func encodeNil(forKey key: Key) { state.combine(key.stringValue); state.combine(marker: 0) }
    mutating func encode(_ value: String, forKey key: Key) { state.combine(key.stringValue); state.combine(value) }
    mutating func encode(_ value: Bool, forKey key: Key) { state.combine(key.stringValue); state.combine(marker: value ? 3 : 4) }
    mutating func encode(_ value: Int, forKey key: Key) {
        state.combine(key.stringValue)
        state.combine(number: UInt64(bitPattern: Int64(value)))
    }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        state.combine(key.stringValue)
        try FingerprintEncoder.encode(value, state: state)
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        state.combine(key.stringValue)
        return KeyedEncodingContainer(KeyedFingerprint<NestedKey>(state: state))
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        state.combine(key.stringValue)
        return UnkeyedFingerprint(state: state)
    }
    mutating func superEncoder() -> any Encoder { FingerprintEncoder(state: state) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { FingerprintEncoder(state: state) }
}

private struct UnkeyedFingerprint: UnkeyedEncodingContainer {
    let state: FingerprintState
    var codingPath: [any CodingKey] = []
    var count = 0

    mutating func encodeNil() { count += 1; state.combine(marker: 0) }
    mutating func encode(_ value: String) { count += 1; state.combine(value) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        count += 1
        state.combine(marker: 5)
        try FingerprintEncoder.encode(value, state: state)
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        count += 1
        return KeyedEncodingContainer(KeyedFingerprint<NestedKey>(state: state))
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { count += 1; return UnkeyedFingerprint(state: state) }
    mutating func superEncoder() -> any Encoder { FingerprintEncoder(state: state) }
}

private struct SingleFingerprint: SingleValueEncodingContainer {
    let state: FingerprintState
    var codingPath: [any CodingKey] = []

    mutating func encodeNil() { state.combine(marker: 0) }
    mutating func encode(_ value: String) { state.combine(value) }
    mutating func encode(_ value: Bool) { state.combine(marker: value ? 3 : 4) }
    mutating func encode(_ value: Int) { state.combine(number: UInt64(bitPattern: Int64(value))) }
    mutating func encode<T: Encodable>(_ value: T) throws { try value.encode(to: FingerprintEncoder(state: state)) }
}
