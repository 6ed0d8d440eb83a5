/// A value with a binary form, written by `BinaryWriter` and read back by `BinaryReader`.
///
/// The form carries no field names or type tags: a reader must be the same program as the writer, which
/// the files that use it check before anything else. The generic parts are `@inlinable` so that other
/// modules get them specialised: unspecialised, looking up type metadata cost more than reading.
public protocol BinaryCodable {
    /// Appends the value.
    func encode(to writer: inout BinaryWriter)
    /// Reads a value written by `encode(to:)`.
    init(from reader: inout BinaryReader) throws(BinaryFormatError)
}

extension UInt64: BinaryCodable {
    @inlinable public func encode(to writer: inout BinaryWriter) { writer.writeVarint(self) }
    @inlinable public init(from reader: inout BinaryReader) throws(BinaryFormatError) { self = try reader.readVarint() }
}

extension Int: BinaryCodable {
    /// Zigzag: small negative numbers stay short too.
    @inlinable public func encode(to writer: inout BinaryWriter) {
        writer.writeVarint(UInt64(bitPattern: Int64((self << 1) ^ (self >> (Int.bitWidth - 1)))))
    }

    @inlinable public init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        let raw = try reader.readVarint()
        self = Int(truncatingIfNeeded: Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1))))
    }
}

extension Bool: BinaryCodable {
    @inlinable public func encode(to writer: inout BinaryWriter) { writer.writeVarint(self ? 1 : 0) }

    @inlinable public init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        switch try reader.readVarint() {
        case 0: self = false
        case 1: self = true
        default: throw BinaryFormatError()
        }
    }
}

extension String: BinaryCodable {
    @inlinable public func encode(to writer: inout BinaryWriter) { writer.writeString(self) }

    @inlinable public init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        self = try reader.readString()
    }
}

extension Optional: BinaryCodable where Wrapped: BinaryCodable {
    @inlinable public func encode(to writer: inout BinaryWriter) {
        switch self {
        case .none: writer.writeVarint(0)
        case .some(let value):
            writer.writeVarint(1)
            value.encode(to: &writer)
        }
    }

    @inlinable public init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        switch try reader.readVarint() {
        case 0: self = .none
        case 1: self = .some(try Wrapped(from: &reader))
        default: throw BinaryFormatError()
        }
    }
}

extension Array: BinaryCodable where Element: BinaryCodable {
    @inlinable public func encode(to writer: inout BinaryWriter) {
        writer.writeVarint(UInt64(count))
        for element in self { element.encode(to: &writer) }
    }

    @inlinable public init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        let count = try reader.readCount()
        self = []
        reserveCapacity(count)
        for _ in 0..<count { append(try Element(from: &reader)) }
    }
}

extension RawRepresentable where Self: BinaryCodable, RawValue == String {
    /// Enumerations are written by raw value; an unknown one is damage.
    @inlinable public func encode(to writer: inout BinaryWriter) { writer.writeString(rawValue) }

    @inlinable public init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        guard let value = Self(rawValue: try reader.read(String.self)) else { throw BinaryFormatError() }
        self = value
    }
}
