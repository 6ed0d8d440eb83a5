import ArgumentParser
import Foundation
import GeneriqueBuild
import GeneriqueContent
import GeneriqueCore

/// The content a command that goes online starts from, loaded as `check` loads it, with its diagnostics
/// printed as `build` prints them. With an error the command stops before its first request (exit 1): an
/// online check or an import over content that does not build would report on the wrong thing.
enum OnlineContent {
    static func load(root: URL, style: TerminalStyle, nothing: String) async throws -> (SiteContent, SourceTree) {
        let tree: SourceTree
        let readProblems: [Diagnostic]
        do {
            (tree, readProblems) = try await SourceReader.read(folders: ["content"], root: root)
        } catch {
            Console.error(style.format(failure: error))
            throw ExitCode(error.isUsageError ? ExitStatus.usage : ExitStatus.contentErrors)
        }
        let loaded = await ContentLoader.load(tree, today: .today())
        let diagnostics = (readProblems + loaded.diagnostics).sorted()
        for diagnostic in diagnostics { Console.error(style.format(diagnostic)) }
        guard let content = loaded.content, !diagnostics.containsErrors else {
            let errors = diagnostics.count { $0.severity == .error }
            Console.error("\(errors) error\(errors == 1 ? "" : "s") in content; \(nothing).")
            throw ExitCode(ExitStatus.contentErrors)
        }
        return (content, tree)
    }

    /// `path` as the plan names entries (relative to the root), whether it was typed relative to the root, to
    /// the current folder, or absolute; a usage error when it is no entry of the content.
    static func entryPath(_ path: String, root: URL, entries: Set<String>, style: TerminalStyle) throws -> String {
        let rootPath = root.standardizedFileURL.resolvingSymlinksInPath().path + "/"
        var candidates = [path, "content/\(path)"]
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        if absolute.hasPrefix(rootPath) { candidates.append(String(absolute.dropFirst(rootPath.count))) }
        if let found = candidates.first(where: entries.contains) { return found }
        Console.error(
            style.format(
                failure: "--only '\(path)' is not a profile, société or site.yml of the content",
                hint: "give a path such as content/profils/elodie-berard.md"))
        throw ExitCode(ExitStatus.usage)
    }
}
