/// One file of the generated site, in memory, before it is written.
public struct OutputFile: Sendable, Hashable {
    /// Path inside the output folder, with `/` separators and no leading slash: `profils/marc-missonnier/index.html`.
    public let path: String
    /// The file's bytes.
    public let bytes: [UInt8]

    /// Creates an output file from bytes.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// Creates an output file from text, encoded as UTF-8.
    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }
}
