import Foundation

/// What `lstat` says of a file or folder, enough to notice that it changed since a build recorded it: the
/// inode (a hand edit that replaces the file), the size and the modification time to the nanosecond (one
/// that rewrites it in place).
struct FileStamp: Sendable, Hashable {
    /// The inode number: two paths with the same one are the same file (hard links).
    let inode: UInt64
    /// Size in bytes (folders: whatever the filesystem reports).
    let size: Int
    /// Modification time, seconds since the epoch.
    let seconds: Int
    /// Modification time, nanoseconds within the second.
    let nanoseconds: Int

    /// Same file and same modification time; for folders, whose size some filesystems change with every entry.
    func sameTime(as other: FileStamp) -> Bool {
        inode == other.inode && seconds == other.seconds && nanoseconds == other.nanoseconds
    }

    /// The stamp a manifest keeps for a folder: without the size, which some filesystems change with every
    /// entry (see `sameTime(as:)`).
    var ofFolder: FileStamp {
        FileStamp(inode: inode, size: 0, seconds: seconds, nanoseconds: nanoseconds)
    }

    /// Whether the path is a regular file, a folder, or something else (or nothing).
    enum Kind { case file, folder, other }

    /// Stamp of `path` itself (symbolic links are not followed), with its kind; nil if it does not exist.
    static func of(_ path: String) -> (stamp: FileStamp, kind: Kind)? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return (FileStamp(info), kind(of: info))
    }

    /// Stamp of `path` relative to the open folder `folder`: the kernel walks from there, and no path is
    /// built (a build stamps every file of the site).
    static func of(_ path: String, in folder: Int32) -> (stamp: FileStamp, kind: Kind)? {
        var info = stat()
        guard fstatat(folder, path, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
        return (FileStamp(info), kind(of: info))
    }

    /// Runs `body` with the folder at `path` open (-1 if it cannot be opened: every lookup then fails).
    static func withFolder<Result>(_ path: String, _ body: (Int32) async -> Result) async -> Result {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { if descriptor >= 0 { close(descriptor) } }
        return await body(descriptor)
    }

    /// Stamp of an open file.
    static func of(descriptor: Int32) -> FileStamp? {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        return FileStamp(info)
    }

    init(inode: UInt64, size: Int, seconds: Int, nanoseconds: Int) {
        self.inode = inode
        self.size = size
        self.seconds = seconds
        self.nanoseconds = nanoseconds
    }

    private init(_ info: stat) {
        self.init(
            inode: UInt64(info.st_ino), size: Int(info.st_size), seconds: Int(info.st_mtim.tv_sec),
            nanoseconds: Int(info.st_mtim.tv_nsec))
    }

    private static func kind(of info: stat) -> Kind {
        switch info.st_mode & S_IFMT {
        case S_IFREG: .file
        case S_IFDIR: .folder
        default: .other
        }
    }
}
