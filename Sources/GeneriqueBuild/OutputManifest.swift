import Foundation
import GeneriqueCore

/// What the previous build wrote: a content hash per output file, kept in the output folder. Files whose
/// bytes did not change are hard-linked from the previous output instead of rewritten, so they keep their
/// modification times (small `rsync` deploys) and the disk sees only real changes.
struct OutputManifest: Sendable, Equatable {
    /// File name inside the output folder.
    static let fileName = ".generique-manifest"
    private static let header = "generique-manifest 2"

    /// What is known of one output file.
    struct Entry: Sendable, Equatable {
        /// Hash of the bytes.
        let content: UInt64
        /// Size in bytes, to notice hand edits of the output cheaply.
        let size: Int
        /// Fingerprint of the page's view model and templates (0 for assets): equal means same bytes.
        let view: UInt64
    }

    /// Every file, by path relative to the output folder.
    var entries: [String: Entry] = [:]

    /// The manifest of an output folder, or an empty one if it has none or it is unreadable (then every
    /// file is simply written).
    static func read(from output: URL) -> OutputManifest {
        guard let data = FileManager.default.contents(atPath: output.appendingPathComponent(fileName).path),
            let text = String(data: data, encoding: .utf8)
        else { return OutputManifest() }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)[...]
        guard lines.first == Substring(header) else { return OutputManifest() }
        lines = lines.dropFirst()
        var manifest = OutputManifest()
        for line in lines {
            let parts = line.split(separator: " ", maxSplits: 3)
            guard parts.count == 4, let content = UInt64(parts[0], radix: 16), let size = Int(parts[1]),
                let view = UInt64(parts[2], radix: 16)
            else { return OutputManifest() }
            manifest.entries[String(parts[3])] = Entry(content: content, size: size, view: view)
        }
        return manifest
    }

    /// The manifest's text, sorted by path so it is deterministic.
    var serialized: OutputFile {
        var text = Self.header + "\n"
        func hex(_ value: UInt64) -> String {
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }
        for (path, entry) in entries.sorted(by: { $0.key < $1.key }) {
            text += "\(hex(entry.content)) \(entry.size) \(hex(entry.view)) \(path)\n"
        }
        return OutputFile(path: Self.fileName, text: text)
    }
}
