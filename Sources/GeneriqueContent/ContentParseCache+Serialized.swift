import GeneriqueCore

extension ContentParseCache {
    /// What the file is; changed with its layout or with what a parse produces.
    private static let magic = Array("generique parse cache 1\n".utf8)
    /// Entries per chunk. Chunks are written and read in parallel: reading 10,000 profiles is mostly
    /// making strings, and both cores can do that.
    private static let chunkSize = 256

    /// The cache as the bytes of a file, for `init(serialized:program:)` in a later run. `program` identifies
    /// the running program with its libraries: another one may parse differently, so only the same program
    /// reads the file back.
    ///
    /// Layout: the magic line; `program`; the key (base path, raw-HTML policy, digest of the link paths); the
    /// byte size and entry count of each chunk; the chunks, each a run of entries sorted by path (path,
    /// digest of the bytes, the parsed file); then XXH64 of everything before.
    public func serialized(program: ContentDigest) async -> [UInt8] {
        let sorted = entries.sorted { $0.key < $1.key }
        let chunks = stride(from: 0, to: sorted.count, by: Self.chunkSize).map {
            Array(sorted[$0..<min(sorted.count, $0 + Self.chunkSize)])
        }
        let encoded = await Parallel.map(chunks, chunkSize: 1) { chunk in
            var writer = BinaryWriter(reservingCapacity: chunk.count * 4096)
            for (path, entry) in chunk {
                writer.write(path)
                writer.write(entry.digest)
                writer.write(entry.parsed)
            }
            return writer.bytes
        }
        var writer = BinaryWriter(reservingCapacity: encoded.reduce(1024) { $0 + $1.count })
        writer.writeRaw(Self.magic)
        writer.write(program)
        writer.write(key)
        writer.write(encoded.map(\.count))
        writer.write(chunks.map(\.count))
        for chunk in encoded { writer.writeRaw(chunk) }
        var bytes = writer.bytes
        withUnsafeBytes(of: XXHash64.of(bytes).littleEndian) { bytes.append(contentsOf: $0) }
        return bytes
    }

    /// The cache `serialized(program:)` wrote, or nil when `bytes` are not exactly that: another program or
    /// layout, a truncated or damaged file. The caller then parses everything, as without a cache.
    public init?(serialized bytes: [UInt8], program: ContentDigest) async {
        let end = bytes.count - 8
        guard end >= 0 else { return nil }
        var trailer = BinaryReader(bytes, from: end)
        let checksum = bytes.withUnsafeBytes { XXHash64.of(UnsafeRawBufferPointer(rebasing: $0[..<end])) }
        guard (try? trailer.readFixed()) == checksum else { return nil }
        var reader = BinaryReader(bytes, to: end)
        let key: Key?
        var chunks: [(start: Int, end: Int, count: Int)] = []
        do throws(BinaryFormatError) {
            try reader.expect(Self.magic)
            guard try reader.read(ContentDigest.self) == program else { return nil }
            key = try reader.read()
            let sizes = try reader.read([Int].self)
            let counts = try reader.read([Int].self)
            guard sizes.count == counts.count else { return nil }
            var start = reader.offset
            for (size, count) in zip(sizes, counts) {
                guard size >= 0, count >= 0, size <= end - start else { return nil }
                chunks.append((start, start + size, count))
                start += size
            }
            guard start == end else { return nil }
        } catch {
            return nil
        }
        let decoded = await Parallel.map(chunks, chunkSize: 1) { chunk in
            Self.entries(in: bytes, from: chunk.start, to: chunk.end, count: chunk.count)
        }
        var entries: [String: Entry] = [:]
        entries.reserveCapacity(chunks.reduce(0) { $0 + $1.count })
        for chunk in decoded {
            guard let chunk else { return nil }
            for (path, entry) in chunk {
                // The writer wrote each path once.
                guard entries.updateValue(entry, forKey: path) == nil else { return nil }
            }
        }
        self.init(key: key, links: nil, entries: entries, parsedCount: 0)
    }

    /// The `count` entries of one chunk, which must fill `bytes[start..<end]` exactly; nil otherwise.
    private static func entries(in bytes: [UInt8], from start: Int, to end: Int, count: Int) -> [(String, Entry)]? {
        var reader = BinaryReader(bytes, from: start, to: end)
        var entries: [(String, Entry)] = []
        entries.reserveCapacity(count)
        do throws(BinaryFormatError) {
            for _ in 0..<count {
                entries.append((try reader.read(String.self), Entry(digest: try reader.read(), parsed: try reader.read())))
            }
        } catch {
            return nil
        }
        return reader.isAtEnd ? entries : nil
    }
}

extension ContentParseCache.Key: BinaryCodable {
    func encode(to writer: inout BinaryWriter) {
        writer.write(basePath)
        writer.write(allowsRawHTML)
        writer.write(paths)
    }

    init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        self.init(basePath: try reader.read(), allowsRawHTML: try reader.read(), paths: try reader.read())
    }
}
