import Foundation
import GeneriqueCore

/// A file beside the output folder that only the program that wrote it reads back (the render memo, the
/// build record): a magic line, the program's digest, the XXH64 of the payload, then the payload. Reading
/// can only fail to find one — missing, damaged, or written by another program — never fail the build.
enum ProgramFile {
    /// `.<name><suffix>` beside `output`, whose name is `<name>`.
    static func path(beside output: URL, suffix: String) -> String {
        let output = output.standardizedFileURL
        return output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent)\(suffix)").path
    }

    /// The payload of the file at `path`, if it starts with `magic`, was written by `program` and is intact.
    static func read(_ path: String, magic: [UInt8], program: ContentDigest) -> [UInt8]? {
        // Non-blocking, so that a FIFO in its place cannot hang the build.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        let header = magic.count + 24
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) >= header,
            let file = FileSystemCalls.readExactly(descriptor, at: 0, count: Int(info.st_size)),
            file[..<magic.count].elementsEqual(magic)
        else { return nil }
        var reader = BinaryReader(file, from: magic.count, to: header)
        guard let recorded = try? reader.read(ContentDigest.self), recorded == program, let checksum = try? reader.readFixed()
        else { return nil }
        let payload = Array(file[header...])
        return XXHash64.of(payload) == checksum ? payload : nil
    }

    /// Saves `payload` at `path` for `program`, through a temporary file renamed over the previous one (its
    /// name also ends in `.generique-cache`, ignored by git). Call it while holding the output's lock.
    static func save(_ payload: [UInt8], to path: String, magic: [UInt8], program: ContentDigest) {
        var writer = BinaryWriter()
        writer.write(program)
        writer.writeFixed(XXHash64.of(payload))
        let temporary = String(path.dropLast(".generique-cache".count)) + "-tmp.generique-cache"
        FileSystemCalls.replaceFile(path, with: [magic, writer.bytes, payload], through: temporary)
    }
}
