import GeneriqueCore

extension ContentParseCache {
    /// What the file is; changed with its layout or with what a parse produces.
    private static let magic = Array("generique parse cache 2\n".utf8)
    /// Entries per chunk. Chunks are written and read in parallel, one buffer each: reading 10,000 profiles is
    /// mostly making strings, and both cores can do that; and a whole-file buffer would be tens of megabytes of
    /// fresh memory, whose page faults cost more than reading it.
    private static let chunkSize = 256

    /// One chunk as the header lists it.
    private struct Chunk: Sendable, BinaryCodable {
        let size: Int
        let count: Int
        let checksum: UInt64

        init(size: Int, count: Int, checksum: UInt64) {
            self.size = size
            self.count = count
            self.checksum = checksum
        }

        func encode(to writer: inout BinaryWriter) {
            writer.write(size)
            writer.write(count)
            writer.writeFixed(checksum)
        }

        init(from reader: inout BinaryReader) throws(BinaryFormatError) {
            self.init(size: try reader.read(), count: try reader.read(), checksum: try reader.readFixed())
        }
    }

    /// The cache as the parts of a file, to write one after the other, for `init(program:read:)` in a later
    /// run. `program` identifies the running program with its libraries: another one may parse differently,
    /// so only the same program reads the file back.
    ///
    /// Layout: the magic line; the header's size (8 bytes); the header: `program`, the key (base path,
    /// raw-HTML policy, digest of the link paths), and each chunk's size, entry count and XXH64; the XXH64 of
    /// the header (8 bytes); then the chunks, runs of entries sorted by path (path, digest of the bytes, the
    /// parsed file).
    public func serialized(program: ContentDigest) async -> [[UInt8]] {
        let sorted = entries.sorted { $0.key < $1.key }
        let runs = stride(from: 0, to: sorted.count, by: Self.chunkSize).map {
            Array(sorted[$0..<min(sorted.count, $0 + Self.chunkSize)])
        }
        let chunks = await Parallel.map(runs, chunkSize: 1) { run in
            var writer = BinaryWriter(reservingCapacity: run.count * 4096)
            for (path, entry) in run {
                writer.write(path)
                writer.write(entry.digest)
                writer.write(entry.parsed)
            }
            return writer.bytes
        }
        var header = BinaryWriter()
        header.write(program)
        header.write(key)
        header.write(zip(chunks, runs).map { Chunk(size: $0.count, count: $1.count, checksum: XXHash64.of($0)) })
        var start = BinaryWriter()
        start.writeRaw(Self.magic)
        start.writeFixed(UInt64(header.bytes.count))
        start.writeRaw(header.bytes)
        start.writeFixed(XXHash64.of(header.bytes))
        return [start.bytes] + chunks
    }

    /// The cache `serialized(program:)` wrote, or nil when the file is not exactly that: another program or
    /// layout, a truncated or damaged file. The caller then parses everything, as without a cache. `read`
    /// gives `count` bytes of the file from `offset`, nil if it has fewer; it is called from several tasks.
    public init?(program: ContentDigest, read: @escaping @Sendable (_ offset: Int, _ count: Int) -> [UInt8]?) async {
        let key: Key?
        var chunks: [(offset: Int, chunk: Chunk)] = []
        do throws(BinaryFormatError) {
            guard let start = read(0, Self.magic.count + 8) else { return nil }
            var reader = BinaryReader(start)
            try reader.expect(Self.magic)
            let headerSize = try reader.readFixed()
            guard headerSize < 1 << 30, let bytes = read(start.count, Int(headerSize) + 8) else { return nil }
            var trailer = BinaryReader(bytes, from: Int(headerSize))
            guard try trailer.readFixed() == XXHash64.of(Array(bytes.prefix(Int(headerSize)))) else { return nil }
            var header = BinaryReader(bytes, to: Int(headerSize))
            guard try header.read(ContentDigest.self) == program else { return nil }
            key = try header.read()
            var offset = start.count + bytes.count
            for chunk in try header.read([Chunk].self) {
                guard chunk.size >= 0, chunk.count >= 0, chunk.size < 1 << 30 else { return nil }
                chunks.append((offset, chunk))
                offset += chunk.size
            }
            guard header.isAtEnd, read(offset, 1) == nil else { return nil }
        } catch {
            return nil
        }
        var decoded = await Parallel.map(chunks, chunkSize: 1) { offset, chunk in
            read(offset, chunk.size).flatMap { bytes in
                XXHash64.of(bytes) == chunk.checksum ? Self.entries(in: bytes, count: chunk.count) : nil
            }
        }
        var entries: [String: Entry] = [:]
        entries.reserveCapacity(chunks.reduce(0) { $0 + $1.chunk.count })
        // Entries are moved out of the chunks, not copied: retaining and releasing each was a tenth of the time.
        while let chunk = decoded.popLast() {
            guard var chunk else { return nil }
            while let (path, entry) = chunk.popLast() {
                // The writer wrote each path once.
                guard entries.updateValue(entry, forKey: path) == nil else { return nil }
            }
        }
        self.init(key: key, links: nil, entries: entries, parsedCount: 0)
    }

    /// The `count` entries of one chunk, which must be exactly `bytes`; nil otherwise.
    private static func entries(in bytes: [UInt8], count: Int) -> [(String, Entry)]? {
        var reader = BinaryReader(bytes)
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
