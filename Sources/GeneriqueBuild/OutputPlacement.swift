import Foundation

/// Where the output folder may be: not among the sources. An output inside `content/` or `templates/` would
/// be read back as content by every later build (one error per generated file), and one that is the root or
/// holds it would be replaced by the site. Paths are compared as the file system resolves them: symbolic
/// links followed, `..` taken after them.
enum OutputPlacement {
    /// Refuses an output folder among the sources of the site at `root`, before anything is written.
    static func check(output: URL, root: URL) throws(BuildFailure) {
        let outputPath = resolved(output.path)
        let rootPath = resolved(root.path)
        let hint = "choose a folder outside content/ and templates/, such as public/ in the site's folder (the default)"
        if outputPath == rootPath {
            throw BuildFailure("the output folder \(output.path) is the site's root folder", hint: hint, isUsageError: true)
        }
        if isInside(rootPath, outputPath) {
            throw BuildFailure(
                "the output folder \(output.path) contains the site's root folder \(root.path)", hint: hint,
                isUsageError: true)
        }
        for sources in ["content", "templates"] {
            let folder = resolved(root.appendingPathComponent(sources).path)
            if outputPath == folder || isInside(outputPath, folder) {
                throw BuildFailure(
                    "the output folder \(output.path) is inside \(sources)/, which the build reads", hint: hint,
                    isUsageError: true)
            }
        }
    }

    /// Whether `path` is strictly inside `folder` (both resolved).
    private static func isInside(_ path: String, _ folder: String) -> Bool {
        path.hasPrefix(folder == "/" ? "/" : folder + "/") && path != folder
    }

    /// The absolute path the file system means by `path`, whether it exists or not: each existing prefix
    /// resolved (symbolic links followed), `.` dropped, `..` going up from what is resolved so far.
    static func resolved(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var current = "/"
        for component in absolute.split(separator: "/") {
            switch component {
            case ".": continue
            case "..":
                let parent = current[..<(current.lastIndex(of: "/") ?? current.startIndex)]
                current = parent.isEmpty ? "/" : String(parent)
            default:
                let candidate = (current == "/" ? "" : current) + "/" + component
                current = realpath(candidate, nil).map { pointer in
                    defer { free(pointer) }
                    return String(cString: pointer)
                } ?? candidate
            }
        }
        return current
    }
}
