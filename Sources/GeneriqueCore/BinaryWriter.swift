/// Writes values as compact bytes, for files a later run reads back with `BinaryReader` (the parse cache):
/// whole numbers as LEB128 varints, since most are small, and strings as their length and UTF-8 bytes —
/// short ones only once: the paths, keys and labels a site repeats are then read back as one shared string
/// each, without decoding or allocating again.
public struct BinaryWriter: Sendable {
    /// Strings of at most this many bytes are written once, then referred to by number.
    static let sharedStringLimit = 64

    /// What was written so far.
    public private(set) var bytes: [UInt8] = []
    /// The number of each short string already written.
    private var sharedStrings: [ExactText: Int] = [:]

    /// An empty writer with room for `capacity` bytes.
    public init(reservingCapacity capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends `value` in its binary form.
    @inlinable public mutating func write<Value: BinaryCodable>(_ value: Value) {
        value.encode(to: &self)
    }

    /// Appends an unsigned number in 1 to 10 bytes, seven bits per byte, the high bit saying more follow.
    public mutating func writeVarint(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// Appends 8 bytes, little-endian: for hashes, whose bits are all significant.
    public mutating func writeFixed(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Appends a string: twice its length in bytes, then its UTF-8 bytes; or, for a short string written
    /// before, twice its number plus one.
    public mutating func writeString(_ text: String) {
        let count = text.utf8.count
        if count <= Self.sharedStringLimit {
            let key = ExactText(text: text)
            if let number = sharedStrings[key] {
                writeVarint(UInt64(number) << 1 | 1)
                return
            }
            sharedStrings[key] = sharedStrings.count
        }
        writeVarint(UInt64(count) << 1)
        bytes.append(contentsOf: text.utf8)
    }

    /// Appends bytes as they are, without their length.
    public mutating func writeRaw(_ raw: [UInt8]) {
        bytes.append(contentsOf: raw)
    }
}

extension BinaryWriter {
    /// Appends bytes with their count first, for `BinaryReader.readBytes()`.
    public mutating func writeBytes(_ raw: [UInt8]) {
        writeBytes(raw[...])
    }

    /// The same, of a slice.
    public mutating func writeBytes(_ raw: ArraySlice<UInt8>) {
        writeVarint(UInt64(raw.count))
        bytes.append(contentsOf: raw)
    }
}

/// A string compared and hashed by its UTF-8 bytes. `String`'s own `==` and hash follow canonical equivalence:
/// they normalise every non-ASCII string (most of the time spent writing the parse cache), and would write
/// "é" as a reference to an earlier "e\u{301}", which the reader would then give back in the wrong form.
private struct ExactText: Hashable {
    let text: String

    static func == (lhs: ExactText, rhs: ExactText) -> Bool {
        lhs.text.utf8.count == rhs.text.utf8.count && lhs.text.utf8.elementsEqual(rhs.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        if text.utf8.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) == nil {
            for byte in text.utf8 { hasher.combine(byte) }
        }
    }
}
