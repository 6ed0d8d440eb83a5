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
        ProgramFile.path(beside: output, suffix: ".render.generique-cache")
    }

    /// The memo saved for `output` by `program`, with its bytes (to skip saving an unchanged one), or nil.
    static func read(for output: URL, program: ContentDigest) -> (memo: RenderMemo, bytes: [UInt8])? {
        guard let payload = ProgramFile.read(path(for: output), magic: magic, program: program),
            let memo = RenderMemo(persisted: payload)
        else { return nil }
        return (memo, payload)
    }

    /// Saves `payload` (a persisted memo) for `output`. Call it while holding the output's lock.
    static func save(_ payload: [UInt8], for output: URL, program: ContentDigest) {
        ProgramFile.save(payload, to: path(for: output), magic: magic, program: program)
    }
}
