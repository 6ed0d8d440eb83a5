/// One input file as read from disk (or built in memory by tests).
public struct SourceFile: Sendable, Hashable {
    /// Path relative to the site root, with `/` separators: `content/profils/marc-missonnier.md`.
    public var path: String
    /// The raw bytes.
    public var bytes: [UInt8]

    /// Creates a source file.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// Creates a source file from text.
    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }
}

/// The input of a build: every file under `content/` and `templates/`, sorted by path.
///
/// The seam between disk and pipeline: tests build one in memory, the reader builds one from a folder.
public struct SourceTree: Sendable, Hashable {
    /// The files, sorted by path so that results never depend on directory order.
    public let files: [SourceFile]

    /// Creates a tree; files are sorted by path.
    public init(files: [SourceFile]) {
        self.files = files.sorted { $0.path < $1.path }
    }

    /// The files whose path starts with `prefix` (e.g. `content/profils/`).
    public func files(under prefix: String) -> [SourceFile] {
        files.filter { $0.path.hasPrefix(prefix) }
    }

    /// The file at exactly `path`.
    public func file(at path: String) -> SourceFile? {
        files.first { $0.path == path }
    }
}
