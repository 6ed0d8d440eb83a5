import Foundation
import GeneriqueContent

/// Writes an edited content file in place of the one a command read, for the commands that edit entries
/// (`verify --write`, `import wikidata --apply`).
public enum EntryFileRewrite {
    /// Replaces the file at `path` under `root` with `edited`, if it still holds `read`, the bytes the edit
    /// was made from (an editor may have saved it meanwhile). The new file replaces the old one atomically and
    /// keeps its permissions. The failure says why, in a sentence.
    public static func write(_ edited: [UInt8], to path: String, root: URL, read: [UInt8]) -> Result<Void, FrontMatterEditFailure> {
        let url = root.appendingPathComponent(path)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return .failure(FrontMatterEditFailure(message: "the file cannot be read"))
        }
        guard [UInt8](data) == read else {
            return .failure(FrontMatterEditFailure(message: "the file changed during the run; run the command again"))
        }
        do {
            let permissions = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions]
            try Data(edited).write(to: url, options: .atomic)
            if let permissions {
                try FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: url.path)
            }
            return .success(())
        } catch {
            return .failure(FrontMatterEditFailure(message: error.localizedDescription))
        }
    }
}
