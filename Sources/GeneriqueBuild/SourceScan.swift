import Foundation
import GeneriqueCore

/// Which of the files a build record lists changed, from their stamps alone: one `fstatat` per file, no read.
enum SourceScan {
    /// The paths (as in the tree: `content/…`) whose stamp differs from the recorded one, when the site's
    /// folders hold exactly the recorded files, every one a regular file; nil otherwise (a file added or
    /// removed, a symbolic link, anything else): only a whole read can tell what that changes.
    static func changedFiles(root: URL, recorded: [String: BuildRecord.Source]) async -> [String]? {
        let rootPath = root.standardizedFileURL.resolvingSymlinksInPath().path
        var folders: [Folder] = []
        defer { for folder in folders { close(folder.descriptor) } }
        var count = 0
        for name in SourceReader.folders {
            guard collect(rootPath, relative: name, into: &folders) else { return nil }
        }
        for folder in folders { count += folder.names.count }
        guard count == recorded.count else { return nil }
        // Each file relative to its open folder: the kernel walks one name, not the whole path.
        let files = folders.flatMap { folder in folder.names.map { (folder.descriptor, folder.relative, $0) } }
        // nil: not recorded, or no longer a regular file; "": unchanged.
        let outcomes = await Parallel.map(files, chunkSize: 512) { descriptor, relative, name -> String? in
            let path = relative + "/" + name
            guard let source = recorded[path] else { return nil }
            var info = stat()
            guard fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0, info.st_mode & S_IFMT == S_IFREG else {
                return nil
            }
            return SourceReader.stamp(of: info, equals: source.stamp) ? "" : path
        }
        var changed: [String] = []
        for outcome in outcomes {
            guard let outcome else { return nil }
            if !outcome.isEmpty { changed.append(outcome) }
        }
        return changed
    }

    /// An open folder and the names of the regular files in it.
    private struct Folder {
        let descriptor: Int32
        let relative: String
        var names: [String] = []
    }

    /// Lists the regular files below `relative`, false at anything else than a folder or a regular file.
    private static func collect(_ rootPath: String, relative: String, into folders: inout [Folder]) -> Bool {
        let descriptor = open(rootPath + "/" + relative, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        guard let directory = fdopendir(dup(descriptor)) else {
            close(descriptor)
            return false
        }
        defer { closedir(directory) }
        var folder = Folder(descriptor: descriptor, relative: relative)
        var subfolders: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            var type = Int(entry.pointee.d_type)
            if type == DT_UNKNOWN {
                var info = stat()
                guard fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return false }
                type = info.st_mode & S_IFMT == S_IFDIR ? DT_DIR : info.st_mode & S_IFMT == S_IFREG ? DT_REG : DT_LNK
            }
            switch type {
            case DT_DIR: subfolders.append(relative + "/" + name)
            case DT_REG: folder.names.append(name)
            default:
                folders.append(folder)
                return false
            }
        }
        folders.append(folder)
        return subfolders.allSatisfy { collect(rootPath, relative: $0, into: &folders) }
    }
}
