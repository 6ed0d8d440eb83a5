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
}
