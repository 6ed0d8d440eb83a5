/// Reads what a `BinaryWriter` wrote. Every read checks that the bytes are there and make sense, and throws
/// `BinaryFormatError` otherwise: a truncated or damaged file is refused, never a crash.
public struct BinaryReader: Sendable {
    private let bytes: [UInt8]
    private let end: Int
    /// The short strings read so far, by number (see `BinaryWriter.writeString`).
    private var sharedStrings: [String] = []
    /// Where the next read starts.
    public private(set) var offset: Int

    /// A reader of `bytes[start..<end]` (all of `bytes` by default).
    public init(_ bytes: [UInt8], from start: Int = 0, to end: Int? = nil) {
        self.bytes = bytes
        self.end = min(end ?? bytes.count, bytes.count)
        offset = min(max(start, 0), self.end)
    }

    /// Whether every byte was read.
    public var isAtEnd: Bool { offset == end }

    /// The next value of type `Value`.
    @inlinable public mutating func read<Value: BinaryCodable>(_ type: Value.Type = Value.self) throws(BinaryFormatError) -> Value {
        try Value(from: &self)
    }

    /// The next varint.
    public mutating func readVarint() throws(BinaryFormatError) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while offset < end {
            let byte = bytes[offset]
            offset += 1
            // The tenth byte may carry only the top bit of 64.
            guard shift < 63 || byte <= 1 else { throw BinaryFormatError() }
            value |= UInt64(byte & 0x7f) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        throw BinaryFormatError()
    }

    /// The next 8 little-endian bytes.
    public mutating func readFixed() throws(BinaryFormatError) -> UInt64 {
        guard end - offset >= 8 else { throw BinaryFormatError() }
        let value = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self) }
        offset += 8
        return UInt64(littleEndian: value)
    }

    /// A count of items that follow, each of at least one byte: larger than what is left means damage, and
    /// refusing it keeps a damaged file from asking for a huge allocation.
    public mutating func readCount() throws(BinaryFormatError) -> Int {
        let count = try readVarint()
        guard count <= UInt64(end - offset) else { throw BinaryFormatError() }
        return Int(count)
    }

    /// The next string. Not made with `String(validating:)`: it is generic and unspecialised, and looking up
    /// its type metadata cost more than the validation itself. The files read are checksummed, so their
    /// strings are what was written, valid UTF-8; decoding would only repair, never crash.
    public mutating func readString() throws(BinaryFormatError) -> String {
        let tag = try readVarint()
        if tag & 1 == 1 {
            guard tag >> 1 < UInt64(sharedStrings.count) else { throw BinaryFormatError() }
            return sharedStrings[Int(tag >> 1)]
        }
        guard tag >> 1 <= UInt64(end - offset) else { throw BinaryFormatError() }
        let count = Int(tag >> 1)
        let start = offset
        offset += count
        let text =
            count == 0
            ? ""
            : bytes.withUnsafeBufferPointer { buffer in
                String(decoding: UnsafeBufferPointer(start: buffer.baseAddress! + start, count: count), as: UTF8.self)
            }
        if count <= BinaryWriter.sharedStringLimit { sharedStrings.append(text) }
        return text
    }

    /// The next bytes written by `BinaryWriter.writeBytes(_:)`.
    public mutating func readBytes() throws(BinaryFormatError) -> [UInt8] {
        Array(try readByteSlice())
    }

    /// The same, sharing the reader's buffer instead of copying.
    public mutating func readByteSlice() throws(BinaryFormatError) -> ArraySlice<UInt8> {
        let count = try readCount()
        defer { offset += count }
        return bytes[offset..<offset + count]
    }

    /// Consumes `raw` if the next bytes are exactly it; throws otherwise.
    public mutating func expect(_ raw: [UInt8]) throws(BinaryFormatError) {
        guard end - offset >= raw.count, bytes[offset..<offset + raw.count].elementsEqual(raw) else {
            throw BinaryFormatError()
        }
        offset += raw.count
    }
}

/// Bytes that are not what a `BinaryWriter` wrote: too few, or a value out of range.
public struct BinaryFormatError: Error, Sendable {
    /// Creates the error.
    public init() {}
}
