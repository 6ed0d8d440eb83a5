import Foundation
import GeneriqueCore

/// Which of the files a build record lists changed, from their stamps alone: one `lstat` per file, no read.
enum SourceScan {
    /// The paths (as in the tree: `content/…`) whose stamp differs from the recorded one, when the site's
    /// folders hold exactly the recorded files, every one a regular file; nil otherwise (a file added or
    /// removed, a symbolic link, anything else): only a whole read can tell what that changes.
    static func changedFiles(root: URL, recorded: [String: BuildRecord.Source]) async -> [String]? {
        let rootPath = root.standardizedFileURL.resolvingSymlinksInPath().path
        var files: [String] = []
        for folder in SourceReader.folders {
            guard collect(rootPath, relative: folder, into: &files) else { return nil }
        }
        guard files.count == recorded.count else { return nil }
        // nil: not recorded; "": unchanged.
        let outcomes = await Parallel.map(files, chunkSize: 512) { path -> String? in
            guard let source = recorded[path] else { return nil }
            var info = stat()
            guard lstat(rootPath + "/" + path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
            return SourceReader.stamp(of: info) == source.stamp ? "" : path
        }
        var changed: [String] = []
        for outcome in outcomes {
            guard let outcome else { return nil }
            if !outcome.isEmpty { changed.append(outcome) }
        }
        return changed
    }

    /// Lists the regular files below `relative`, false at anything else than a folder or a regular file.
    private static func collect(_ rootPath: String, relative: String, into files: inout [String]) -> Bool {
        guard let directory = opendir(rootPath + "/" + relative) else { return false }
        defer { closedir(directory) }
        var folders: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            var type = Int(entry.pointee.d_type)
            if type == DT_UNKNOWN {
                var info = stat()
                guard lstat(rootPath + "/" + relative + "/" + name, &info) == 0 else { return false }
                type = info.st_mode & S_IFMT == S_IFDIR ? DT_DIR : info.st_mode & S_IFMT == S_IFREG ? DT_REG : DT_LNK
            }
            switch type {
            case DT_DIR: folders.append(relative + "/" + name)
            case DT_REG: files.append(relative + "/" + name)
            default: return false
            }
        }
        return folders.allSatisfy { collect(rootPath, relative: $0, into: &files) }
    }
}
