import Foundation
import GeneriqueCore
import GeneriqueRender

/// The render memo of `build` (rendered profile cards, the template check), kept beside the output folder as
/// `.<name>.render.generique-cache`. Like the parse cache, it can only save time: a file that is missing,
/// damaged or written by another program reads as an empty memo.
enum RenderMemoFile {
    private static let magic = Array("generique render cache 1\n".utf8)

    /// The file's path for `output`.
    static func path(for output: URL) -> String {
        let output = output.standardizedFileURL
        return output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).render.generique-cache").path
    }

    /// The memo saved for `output` by `program`, with its bytes (to skip saving an unchanged one), or nil.
    static func read(for output: URL, program: ContentDigest) -> (memo: RenderMemo, bytes: [UInt8])? {
        // Non-blocking, so that a FIFO in its place cannot hang the build.
        let descriptor = open(path(for: output), O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        let header = magic.count + 24
        guard Int(info.st_size) >= header, let file = FileSystemCalls.readExactly(descriptor, at: 0, count: Int(info.st_size)),
            Array(file[..<magic.count]) == magic
        else { return nil }
        var reader = BinaryReader(file, from: magic.count, to: header)
        guard let recorded = try? reader.read(ContentDigest.self), recorded == program,
            let checksum = try? reader.readFixed()
        else { return nil }
        let payload = Array(file[header...])
        guard XXHash64.of(payload) == checksum, let memo = RenderMemo(persisted: payload) else { return nil }
        return (memo, payload)
    }

    /// Saves `payload` (a persisted memo) for `output`, through a temporary file renamed over the previous
    /// one. Call it while holding the output's lock.
    static func save(_ payload: [UInt8], for output: URL, program: ContentDigest) {
        var writer = BinaryWriter()
        writer.write(program)
        writer.writeFixed(XXHash64.of(payload))
        let path = path(for: output)
        // Like the parse cache's, the temporary name ends in `.generique-cache` (ignored by git).
        let temporary = String(path.dropLast(".generique-cache".count)) + "-tmp.generique-cache"
        FileSystemCalls.replaceFile(path, with: [magic, writer.bytes, payload], through: temporary)
    }
}
