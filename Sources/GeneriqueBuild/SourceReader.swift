import Foundation
import GeneriqueCore

/// Reads `content/` and `templates/` under a site root into a `SourceTree`: the disk end of the pipeline.
public enum SourceReader {
    /// The folders a build reads.
    public static let folders = ["content", "templates"]

    /// Reads every regular file below the site's folders. Symbolic links are followed only when they stay
    /// inside the folder they are in (`content/` or `templates/`); one that leads outside is a diagnostic, so
    /// a site cannot pull arbitrary files of the machine into its output.
    public static func read(folders: [String] = folders, root: URL) throws(BuildFailure) -> (SourceTree, [Diagnostic]) {
        let rootPath = root.standardizedFileURL.resolvingSymlinksInPath().path
        var files: [SourceFile] = []
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
            try collect(folderURL, relative: folder, containerPath: folderPath, visited: &visited, into: &files, &diagnostics)
        }
        return (SourceTree(files: files), diagnostics)
    }

    private static func collect(
        _ directory: URL, relative: String, containerPath: String, visited: inout Set<String>,
        into files: inout [SourceFile],
        _ diagnostics: inout [Diagnostic]
    ) throws(BuildFailure) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        } catch {
            throw BuildFailure("cannot read \(relative)/: \(error.localizedDescription)")
        }
        for name in names {
            let url = directory.appendingPathComponent(name)
            let path = "\(relative)/\(name)"
            let resolved = url.resolvingSymlinksInPath().path
            guard resolved == containerPath || resolved.hasPrefix(containerPath + "/") else {
                let folder = relative.split(separator: "/").first.map(String.init) ?? relative
                diagnostics.append(
                    .error(
                        at: SourceLocation(path: path), "symbolic link leads outside \(folder)/",
                        code: "symlink-outside-folder", hint: "copy the file into \(folder)/ instead of linking to it"))
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory) else {
                diagnostics.append(
                    .error(at: SourceLocation(path: path), "broken symbolic link", code: "broken-symlink"))
                continue
            }
            if isDirectory.boolValue {
                guard visited.insert(resolved).inserted else {
                    diagnostics.append(
                        .error(at: SourceLocation(path: path), "symbolic link loop: this folder is already read",
                               code: "symlink-loop", hint: "remove the link"))
                    continue
                }
                try collect(url, relative: path, containerPath: containerPath, visited: &visited, into: &files, &diagnostics)
            } else {
                guard let data = FileManager.default.contents(atPath: resolved) else {
                    throw BuildFailure("cannot read \(path)")
                }
                files.append(SourceFile(path: path, bytes: [UInt8](data)))
            }
        }
    }
}

/// A failure that is not about content: a missing folder, an unwritable output. Reported as one message.
public struct BuildFailure: Error, Sendable, Equatable {
    /// What went wrong.
    public let message: String
    /// What to do about it.
    public let hint: String?
    /// Whether the user asked for something impossible (exit code 2) rather than the build failing (1).
    public let isUsageError: Bool

    /// Creates a failure.
    public init(_ message: String, hint: String? = nil, isUsageError: Bool = false) {
        self.message = message
        self.hint = hint
        self.isUsageError = isUsageError
    }
}
