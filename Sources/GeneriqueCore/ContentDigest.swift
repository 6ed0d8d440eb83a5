/// A 128-bit fingerprint of bytes, from two unrelated 64-bit hashes (`ContentHash` and `XXHash64`): strong
/// enough that equal digests stand for equal bytes, so the parse cache keeps digests instead of whole files.
/// Not cryptographic: it guards against accidents, not against someone crafting collisions.
public struct ContentDigest: Sendable, Hashable, BinaryCodable {
    /// `ContentHash` of the bytes.
    public let first: UInt64
    /// `XXHash64` of the bytes.
    public let second: UInt64

    /// The digest of `bytes`.
    public init(of bytes: [UInt8]) {
        first = ContentHash.of(bytes)
        second = XXHash64.of(bytes)
    }

    /// A digest read back from where it was recorded.
    public init(first: UInt64, second: UInt64) {
        self.first = first
        self.second = second
    }

    /// The digest of a list of strings, each ended by a NUL byte (which no path contains), so that
    /// ["ab", "c"] and ["a", "bc"] differ.
    public init(of strings: [String]) {
        var bytes: [UInt8] = []
        for string in strings {
            bytes.append(contentsOf: string.utf8)
            bytes.append(0)
        }
        self.init(of: bytes)
    }

    public func encode(to writer: inout BinaryWriter) {
        writer.writeFixed(first)
        writer.writeFixed(second)
    }

    public init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        first = try reader.readFixed()
        second = try reader.readFixed()
    }
}
