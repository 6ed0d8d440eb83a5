import Foundation
import GeneriqueCore

/// What a build wrote into an output folder: per file a content hash, the page's view fingerprint and the
/// file's stamp; per folder its stamp. Kept beside the folder, not in it (the published site stays the same
/// bytes for the same input), in a file named after the folder's inode, which survives the swap. The next build trusts a file only while its stamp
/// is unchanged (a hand edit of the output is noticed and undone), links files whose bytes did not change
/// instead of rewriting them (they keep their modification times: small `rsync` deploys), and skips rendering
/// pages whose view fingerprint did not change.
struct OutputManifest: Sendable, Equatable {
    /// The manifest's path for the folder whose inode is `tree`, beside the output folder `output`.
    static func path(for output: URL, tree inode: UInt64) -> String {
        output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).generique-manifest.\(inode)").path
    }
    private static let header = "generique-manifest 3"

    /// The lock file beside `output`, which every build writing it holds.
    static func lockPath(for output: URL) -> String {
        output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).generique-lock").path
    }

    /// Where a quick rebuild writes a page before renaming it into `output`.
    static func newFilePath(for output: URL) -> String {
        output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).generique-new").path
    }

    /// What is known of one output file.
    struct Entry: Sendable, Equatable {
        /// Hash of the bytes.
        let content: UInt64
        /// Size in bytes.
        let size: Int
        /// Fingerprint of the page's view model and templates (0 for assets): equal means same bytes.
        let view: UInt64
        /// The file as it was when the build published it.
        let stamp: FileStamp
    }

    /// The program that wrote it: page fingerprints hold only for the same program (another version may
    /// render the same view differently), content hashes for any.
    var program: ContentDigest?
    /// Every file, by path relative to the output folder.
    var files: [String: Entry] = [:]
    /// The same manifest without page fingerprints: pages are rendered again, files with the same bytes kept.
    var withoutViews: OutputManifest {
        var manifest = self
        manifest.files = files.mapValues { Entry(content: $0.content, size: $0.size, view: 0, stamp: $0.stamp) }
        return manifest
    }

    /// Every folder below the output folder (not the folder itself), with its stamp when published: a folder
    /// whose stamp changed may hold files the build did not write.
    var folders: [String: FileStamp] = [:]

    /// The manifest stored at `path`, or nil if there is none or it is unreadable. Read byte by byte: a
    /// site of 10,000 profiles has two manifests of 22,000 lines each, read before every build.
    static func read(from path: String) -> OutputManifest? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return data.withUnsafeBytes { parse(ManifestScanner(bytes: $0.bindMemory(to: UInt8.self))) }
    }

    private static func parse(_ input: ManifestScanner) -> OutputManifest? {
        var scanner = input
        guard scanner.line() == header else { return nil }
        var manifest = OutputManifest()
        // About 80 bytes a line, one file line per folder line or more: no rehashing while reading.
        manifest.files.reserveCapacity(scanner.bytes.count / 160)
        manifest.folders.reserveCapacity(scanner.bytes.count / 160)
        while !scanner.atEnd {
            switch scanner.tag() {
            case UInt8(ascii: "f"):
                guard let content = scanner.number(radix: 16), let size = scanner.number(), let view = scanner.number(radix: 16),
                    let stamp = scanner.stamp(size: Int(size)), let path = scanner.line(), !path.isEmpty
                else { return nil }
                manifest.files[path] = Entry(content: content, size: Int(size), view: view, stamp: stamp)
            case UInt8(ascii: "p"):
                guard let first = scanner.number(radix: 16), let second = scanner.number(radix: 16), scanner.line() == ""
                else { return nil }
                manifest.program = ContentDigest(first: first, second: second)
            case UInt8(ascii: "d"):
                guard let stamp = scanner.stamp(size: 0), let path = scanner.line(), !path.isEmpty else { return nil }
                manifest.folders[path] = stamp
            default:
                return nil
            }
        }
        return manifest
    }

    /// The manifest's text, in no particular order: sorting 22,000 paths cost more than writing them.
    var serialized: [UInt8] {
        // Written byte by byte: string interpolation of 22,000 lines cost more than the rest of a quick rebuild.
        var text = ManifestText()
        text.append(Self.header)
        text.newline()
        if let program {
            text.append("p ")
            text.hex(program.first)
            text.hex(program.second)
            text.newline()
        }
        for (path, entry) in files {
            text.append("f ")
            text.hex(entry.content)
            text.decimal(entry.size)
            text.hex(entry.view)
            text.stamp(entry.stamp)
            text.append(path)
            text.newline()
        }
        for (path, stamp) in folders {
            text.append("d ")
            text.stamp(stamp)
            text.append(path)
            text.newline()
        }
        return text.bytes
    }
}

/// A manifest's text as it is written: fields each followed by a space, lines ended by a line feed.
private struct ManifestText {
    var bytes: [UInt8] = []

    mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    mutating func newline() { bytes.append(UInt8(ascii: "\n")) }

    /// Sixteen hexadecimal digits and a space.
    mutating func hex(_ value: UInt64) {
        for shift in stride(from: 60, through: 0, by: -4) {
            let digit = UInt8((value >> UInt64(shift)) & 0xf)
            bytes.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10)
        }
        bytes.append(UInt8(ascii: " "))
    }

    /// A decimal number and a space.
    mutating func decimal(_ value: Int) {
        append(String(value))
        bytes.append(UInt8(ascii: " "))
    }

    /// Inode, seconds and nanoseconds, each followed by a space.
    mutating func stamp(_ stamp: FileStamp) {
        append(String(stamp.inode))
        bytes.append(UInt8(ascii: " "))
        decimal(stamp.seconds)
        decimal(stamp.nanoseconds)
    }
}

/// Reads a manifest's space-separated fields and lines.
private struct ManifestScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var offset = 0

    var atEnd: Bool { offset >= bytes.count }

    /// A line's one-letter kind, followed by a space.
    mutating func tag() -> UInt8? {
        guard bytes.count - offset >= 2, bytes[offset + 1] == UInt8(ascii: " ") else { return nil }
        defer { offset += 2 }
        return bytes[offset]
    }

    /// The rest of the line (which may hold spaces), without its line feed. Decoded, not validated:
    /// `String(validating:)` is generic and unspecialised, and cost more than the rest of the line. Bytes that
    /// are not UTF-8 (a damaged manifest) become U+FFFD: such an entry is trusted only if a file at that path
    /// also has the recorded inode, size and time, like any other.
    mutating func line() -> String? {
        let start = offset
        while offset < bytes.count, bytes[offset] != UInt8(ascii: "\n") { offset += 1 }
        guard offset < bytes.count else { return nil }
        defer { offset += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
    }

    /// A number followed by a space.
    mutating func number(radix: UInt64 = 10) -> UInt64? {
        var value: UInt64 = 0
        var digits = 0
        while offset < bytes.count, let digit = Self.digit(bytes[offset], radix: radix) {
            let (product, overflow) = value.multipliedReportingOverflow(by: radix)
            guard !overflow else { return nil }
            value = product + digit
            digits += 1
            offset += 1
        }
        guard digits > 0, offset < bytes.count, bytes[offset] == UInt8(ascii: " ") else { return nil }
        offset += 1
        return value
    }

    /// Inode, seconds and nanoseconds.
    mutating func stamp(size: Int) -> FileStamp? {
        guard let inode = number(), let seconds = number(), let nanoseconds = number(), seconds <= UInt64(Int.max) else {
            return nil
        }
        return FileStamp(inode: inode, size: size, seconds: Int(seconds), nanoseconds: Int(nanoseconds))
    }

    private static func digit(_ byte: UInt8, radix: UInt64) -> UInt64? {
        let value: UInt64
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): value = UInt64(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): value = UInt64(byte - UInt8(ascii: "a") + 10)
        default: return nil
        }
        return value < radix ? value : nil
    }
}
