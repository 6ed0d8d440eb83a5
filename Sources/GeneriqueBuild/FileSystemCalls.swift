import Foundation

/// The few system calls the output is written with, one per step: FileManager checks every component of
/// every path, which on this kind of disk costs more than the write itself. Each returns nil on success or
/// the error text. Safe to run concurrently on different paths.
enum FileSystemCalls {
    /// Writes `bytes` as a new file at `path`, replacing whatever file was there (never writing through it:
    /// it may be a hard link shared with the published site), creating missing folders below `root`.
    static func writeNewFile(_ bytes: [UInt8], to path: String, below root: String) -> Result<FileStamp, Problem> {
        if let problem = makeParentFolders(of: path, below: root) ?? removeFile(path) { return .failure(problem) }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return .failure(.current) }
        defer { close(descriptor) }
        guard writeAll(bytes, to: descriptor), let stamp = FileStamp.of(descriptor: descriptor) else { return .failure(.current) }
        return .success(stamp)
    }

    /// Writes all of `bytes`; false on an error (`errno` tells which).
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + written, bytes.count - written) }
            guard count > 0 else { return false }
            written += count
        }
        return true
    }

    /// Exactly `count` bytes of the open file from `offset`, or nil if it has fewer or cannot be read.
    static func readExactly(_ descriptor: Int32, at offset: Int, count: Int) -> [UInt8]? {
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            while initialized < count {
                let read = pread(descriptor, buffer.baseAddress! + initialized, count - initialized, off_t(offset + initialized))
                guard read > 0 else {
                    complete = false
                    return
                }
                initialized += read
            }
        }
        return complete ? bytes : nil
    }

    /// Replaces the file at `path` with `parts`, written one after the other to `temporary` and renamed over
    /// it, so that a reader never sees half a file. On an error the old file stays and no temporary is left
    /// (caches only: a file that could not be written is simply not there next time).
    static func replaceFile(_ path: String, with parts: [[UInt8]], through temporary: String) {
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return }
        let complete = parts.allSatisfy { writeAll($0, to: descriptor) }
        close(descriptor)
        if !complete || rename(temporary, path) != 0 { unlink(temporary) }
    }

    /// Makes `path` another name of the file at `source` (same bytes, same modification time), replacing what
    /// was there.
    static func link(_ source: String, to path: String, below root: String) -> Problem? {
        if let problem = makeParentFolders(of: path, below: root) ?? removeFile(path) { return problem }
        return Glibc.link(source, path) == 0 ? nil : .current
    }

    /// Removes the file at `path` if there is one; a folder in its way is removed with its content.
    static func removeFile(_ path: String) -> Problem? {
        if unlink(path) == 0 || errno == ENOENT { return nil }
        guard errno == EISDIR || errno == EPERM else { return .current }
        do {
            try FileManager.default.removeItem(atPath: path)
            return nil
        } catch {
            return Problem(text: error.localizedDescription)
        }
    }

    /// Removes the now empty folders above a removed file, up to (not including) `root`.
    static func removeEmptyParents(of path: String, below root: String) {
        var folder = parent(of: path)
        while folder.utf8.count > root.utf8.count, rmdir(folder) == 0 {
            folder = parent(of: folder)
        }
    }

    /// `mkdir -p` of the path's folder below `root`, one system call per missing folder. A folder another
    /// writer just created is simply there.
    static func makeParentFolders(of path: String, below root: String) -> Problem? {
        var missing: [String] = []
        var folder = parent(of: path)
        while folder.utf8.count > root.utf8.count, mkdir(folder, 0o755) != 0, errno == ENOENT {
            missing.append(folder)
            folder = parent(of: folder)
        }
        for folder in missing.reversed() where mkdir(folder, 0o755) != 0 && errno != EEXIST {
            return .current
        }
        return nil
    }

    /// The folder part of a path.
    static func parent(of path: String) -> String {
        // Over the UTF-8 bytes: a build asks this for every file and folder of the site.
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }

    /// What went wrong, as the system says it.
    struct Problem: Error, Sendable {
        let text: String
        /// The error of the last failed system call.
        static var current: Problem { Problem(text: String(cString: strerror(errno))) }
    }
}
