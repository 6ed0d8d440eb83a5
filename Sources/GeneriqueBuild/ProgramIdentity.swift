import Foundation
import GeneriqueCore

/// What identifies the code this process runs, for the parse cache: a cache is read back only by the same
/// program, since another version may parse differently.
enum ProgramIdentity {
    /// A digest of every file the process maps as code — the executable and its shared libraries, among
    /// them cmark-gfm and the Swift runtime, whose upgrade can change a parse without changing the
    /// executable — with each file's device, inode, size, and modification and change times. Nil when that
    /// cannot be known (no `/proc`, a file replaced since it was loaded): then the build keeps no cache.
    ///
    /// Costs one read of `/proc/self/maps` and one `stat` per library (about 50): about a millisecond, where
    /// hashing the files' bytes would read tens of megabytes. Rebuilding or reinstalling any of them changes
    /// its times (the change time cannot be set back), so a stale cache is never taken for current; a mere
    /// new hard link to the executable (as `perf record` makes) changes it too, and costs one full parse.
    static func current() -> ContentDigest? {
        guard let maps = try? SourceReader.readBytes("/proc/self/maps", size: 1 << 16, reportedAs: "/proc/self/maps")
        else { return nil }
        var paths: Set<String> = []
        // Lines read "address perms offset device inode path": code is mapped with perms `r-x…`, and the
        // path is the first `/` of the line (the fields before it have none).
        for line in maps.split(separator: UInt8(ascii: "\n")) {
            guard let space = line.firstIndex(of: UInt8(ascii: " ")), space + 3 < line.endIndex,
                line[space + 3] == UInt8(ascii: "x"), let slash = line.firstIndex(of: UInt8(ascii: "/"))
            else { continue }
            paths.insert(String(decoding: line[slash...], as: UTF8.self))
        }
        var info = stat()
        var lines: [String] = []
        for path in paths.sorted() {
            guard stat(path, &info) == 0 else { return nil }
            lines.append(
                "\(path) \(info.st_dev) \(info.st_ino) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) "
                    + "\(info.st_ctim.tv_sec).\(info.st_ctim.tv_nsec)")
        }
        return lines.isEmpty ? nil : ContentDigest(of: lines)
    }
}
