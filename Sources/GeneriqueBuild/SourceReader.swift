import Foundation
import GeneriqueCore

/// Reads `content/` and `templates/` under a site root into a `SourceTree`: the disk end of the pipeline.
public enum SourceReader {
    /// The folders a build reads.
    public static let folders = ["content", "templates"]

    /// Reads every regular file below the site's folders. Symbolic links are followed only when they stay
    /// inside the folder they are in (`content/` or `templates/`); one that leads outside is a diagnostic, so
    /// a site cannot pull arbitrary files of the machine into its output.
    public static func read(folders: [String] = folders, root: URL) async throws(BuildFailure) -> (SourceTree, [Diagnostic]) {
        var unused = SourceStamps()
        return try await read(folders: folders, root: root, stamps: &unused)
    }

    /// Like `read`, reusing the bytes of files whose size, modification and change times and inode are those
    /// recorded in `stamps` by the previous read (`serve` reads the whole site after every save); `stamps`
    /// then describes this read.
    public static func read(folders: [String] = folders, root: URL, stamps: inout SourceStamps) async throws(BuildFailure)
        -> (SourceTree, [Diagnostic])
    {
        let previous = stamps
        stamps = SourceStamps()
        let rootPath = root.standardizedFileURL.resolvingSymlinksInPath().path
        var found: [Reader.FoundFile] = []
        var diagnostics: [Diagnostic] = []
        for folder in folders {
            let folderURL = URL(fileURLWithPath: rootPath).appendingPathComponent(folder)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folderURL.path, isDirectory: &isDirectory), isDirectory.boolValue
            else {
                throw BuildFailure("no \(folder)/ folder in \(rootPath)", hint: "run generique from the site's root, or pass --root")
            }
            let folderPath = folderURL.resolvingSymlinksInPath().path
            var visited: Set<String> = [folderPath]
            var reader = Reader()
            try reader.collect(
                folderPath, relative: folder, containerPath: folderPath, visited: &visited, into: &found, &diagnostics)
            stamps.sawLink = stamps.sawLink || reader.sawLink
        }
        // The files are read on every core: opening and reading ten thousand small files is mostly system calls.
        let contents = await Parallel.map(found, chunkSize: 64) { file -> Result<[UInt8], BuildFailure> in
            if let known = previous.files[file.target], known.stamp == file.stamp { return .success(known.bytes) }
            return Result { () throws(BuildFailure) in try readBytes(file.target, size: file.size, reportedAs: file.path) }
        }
        var files: [SourceFile] = []
        files.reserveCapacity(found.count)
        for (file, content) in zip(found, contents) {
            let bytes = try content.get()
            stamps.files[file.target] = (file.stamp, bytes)
            stamps.byPath[file.path] = file.stamp
            files.append(SourceFile(path: file.path, bytes: bytes))
        }
        return (SourceTree(files: files), diagnostics)
    }

    /// `previous` with the files at the `changed` paths (relative to the root) read again, when that is
    /// certainly what a full read would give: every path names a regular file `previous` already holds, and
    /// the read that made `stamps` met no symbolic link. Nil otherwise (a file created or deleted, a folder, a
    /// link): then read everything. `serve` calls it with the paths inotify reported.
    public static func reread(
        _ changed: Set<String>, in previous: SourceTree, root: URL, stamps: inout SourceStamps
    ) -> SourceTree? {
        guard !stamps.sawLink else { return nil }
        let rootPath = root.standardizedFileURL.resolvingSymlinksInPath().path
        var files = previous.files
        var positions: [String: Int] = [:]
        for (position, file) in files.enumerated() where changed.contains(file.path) { positions[file.path] = position }
        guard positions.count == changed.count else { return nil }
        for (path, position) in positions {
            let target = rootPath + "/" + path
            var info = stat()
            guard lstat(target, &info) == 0, info.st_mode & S_IFMT == S_IFREG,
                let bytes = try? SourceReader.readBytes(target, size: Int(info.st_size), reportedAs: path)
            else { return nil }
            let stamp = SourceReader.stamp(of: info)
            stamps.files[target] = (stamp, bytes)
            stamps.byPath[path] = stamp
            files[position] = SourceFile(path: path, bytes: bytes)
        }
        return SourceTree(files: files)
    }
}

/// What identifies a file's version without reading it, by real path.
public struct SourceStamps: Sendable {
    fileprivate var files: [String: (stamp: [Int], bytes: [UInt8])] = [:]
    /// Each file's stamp by its path in the tree (`content/…`), for the build record.
    fileprivate(set) var byPath: [String: [Int]] = [:]
    /// Whether the read met a symbolic link: then a file's bytes may appear under another path too.
    fileprivate(set) var sawLink = false

    /// No file known: everything is read.
    public init() {}
}

/// One walk of the folders: the regular files found, in order, to be read afterwards.
private struct Reader {
    /// A regular file: its path in the tree, its real path, its stamp and its size.
    struct FoundFile: Sendable {
        let path: String
        let target: String
        let stamp: [Int]
        let size: Int
    }

    /// Whether the walk met a symbolic link.
    var sawLink = false

    /// Reads `directory` (a real path, links resolved) recursively. Only entries that are symbolic links are
    /// resolved: resolving every path was a fifth of a build's time.
    mutating func collect(
        _ directory: String, relative: String, containerPath: String, visited: inout Set<String>,
        into files: inout [FoundFile], _ diagnostics: inout [Diagnostic]
    ) throws(BuildFailure) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        } catch {
            throw BuildFailure("cannot read \(relative)/: \(error.localizedDescription)")
        }
        for name in names {
            let path = "\(relative)/\(name)"
            var target = directory + "/" + name
            var info = stat()
            guard lstat(target, &info) == 0 else { throw BuildFailure("cannot read \(path)") }
            if info.st_mode & S_IFMT == S_IFLNK {
                sawLink = true
                target = URL(fileURLWithPath: target).resolvingSymlinksInPath().path
                guard target == containerPath || target.hasPrefix(containerPath + "/") else {
                    let folder = relative.split(separator: "/").first.map(String.init) ?? relative
                    diagnostics.append(
                        .error(
                            at: SourceLocation(path: path), "symbolic link leads outside \(folder)/",
                            code: "symlink-outside-folder", hint: "copy the file into \(folder)/ instead of linking to it"))
                    continue
                }
                guard stat(target, &info) == 0 else {
                    diagnostics.append(.error(at: SourceLocation(path: path), "broken symbolic link", code: "broken-symlink"))
                    continue
                }
            }
            if info.st_mode & S_IFMT == S_IFDIR {
                guard visited.insert(target).inserted else {
                    diagnostics.append(
                        .error(at: SourceLocation(path: path), "symbolic link loop: this folder is already read",
                               code: "symlink-loop", hint: "remove the link"))
                    continue
                }
                try collect(target, relative: path, containerPath: containerPath, visited: &visited, into: &files, &diagnostics)
            } else {
                files.append(FoundFile(path: path, target: target, stamp: SourceReader.stamp(of: info), size: Int(info.st_size)))
            }
        }
    }
}

extension SourceReader {
    /// What identifies a version of a file without reading it: inode, size, modification and change times.
    static func stamp(of info: stat) -> [Int] {
        [Int(info.st_ino), Int(info.st_size), info.st_mtim.tv_sec, info.st_mtim.tv_nsec, info.st_ctim.tv_sec, info.st_ctim.tv_nsec]
    }

    /// Whether `stamp(of: info)` would equal `stamp`, without making it.
    static func stamp(of info: stat, equals stamp: [Int]) -> Bool {
        stamp.count == 6 && stamp[0] == Int(info.st_ino) && stamp[1] == Int(info.st_size)
            && stamp[2] == info.st_mtim.tv_sec && stamp[3] == info.st_mtim.tv_nsec && stamp[4] == info.st_ctim.tv_sec
            && stamp[5] == info.st_ctim.tv_nsec
    }

    /// The whole file, read with one buffer of the size `stat` gave (and more if it grew meanwhile).
    static func readBytes(_ path: String, size: Int, reportedAs name: String) throws(BuildFailure) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw BuildFailure("cannot read \(name): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: max(size, 0) + 1)
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: [UInt8](repeating: 0, count: bytes.count)) }
            let read = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            guard read >= 0 else { throw BuildFailure("cannot read \(name): \(String(cString: strerror(errno)))") }
            if read == 0 { break }
            count += read
        }
        bytes.removeSubrange(count...)
        return bytes
    }
}
