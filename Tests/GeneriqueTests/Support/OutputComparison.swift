import Foundation
import GeneriqueCore

/// Compares generated files with an expected folder, and re-records it when `RECORD_FIXTURES=1`.
enum OutputComparison {
    static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_FIXTURES"] == "1" }

    /// Human-readable differences between `files` and the folder; empty when they match byte for byte.
    static func differences(_ files: [OutputFile], expectedFolder: URL) -> [String] {
        let expected = readFolder(expectedFolder)
        let actual = Dictionary(files.map { ($0.path, $0.bytes) }, uniquingKeysWith: { first, _ in first })
        var problems: [String] = []
        for path in Set(expected.keys).subtracting(actual.keys).sorted() { problems.append("missing file: \(path)") }
        for path in Set(actual.keys).subtracting(expected.keys).sorted() { problems.append("unexpected file: \(path)") }
        for (path, bytes) in actual.sorted(by: { $0.key < $1.key }) {
            guard let wanted = expected[path], wanted != bytes else { continue }
            problems.append("\(path) differs:\n" + lineDiff(expected: wanted, actual: bytes))
        }
        return problems
    }

    /// Replaces the folder's content with `files`.
    static func record(_ files: [OutputFile], into folder: URL) throws {
        try? FileManager.default.removeItem(at: folder)
        for file in files {
            let url = folder.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.bytes).write(to: url)
        }
    }

    private static func readFolder(_ folder: URL) -> [String: [UInt8]] {
        FolderSnapshot.read(folder).mapValues { [UInt8]($0) }
    }

    /// The first differing lines, with their numbers, `-` expected and `+` actual.
    private static func lineDiff(expected: [UInt8], actual: [UInt8]) -> String {
        let old = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let new = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        var lines: [String] = []
        for index in 0..<max(old.count, new.count) where lines.count < 20 {
            let before = index < old.count ? String(old[index]) : nil
            let after = index < new.count ? String(new[index]) : nil
            guard before != after else { continue }
            if let before { lines.append("  \(index + 1) - \(before)") }
            if let after { lines.append("  \(index + 1) + \(after)") }
        }
        return lines.joined(separator: "\n")
    }
}
