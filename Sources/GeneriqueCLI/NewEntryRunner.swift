import ArgumentParser
import Foundation
import GeneriqueCore

/// Runs `new`: reads what the site holds, writes the file, and prints one line, or every problem.
enum NewEntryRunner {
    static func create(_ entry: NewEntry, root: String) throws {
        let rootURL = URL(fileURLWithPath: root)
        do throws(NewEntryFailure) {
            let file = try entry.file(in: try existingContent(rootURL), today: .today())
            try write(file, root: rootURL)
            Console.out("Created \(file.path)")
        } catch {
            let style = TerminalStyle.forStandardError()
            for problem in error.problems { Console.error(style.format(failure: problem.message, hint: problem.hint)) }
            throw ExitCode(error.problems.contains(where: \.isUsageError) ? ExitStatus.usage : ExitStatus.contentErrors)
        }
    }

    /// The métiers (with their order), sociétés and entry files under `content/`.
    static func existingContent(_ root: URL) throws(NewEntryFailure) -> ExistingContent {
        let content = root.appendingPathComponent("content")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: content.path, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            throw failure("no content/ folder in \(root.path)", hint: "run generique from the site's root, or pass --root")
        }
        var existing = ExistingContent()
        for folder in ["profils", "societes", "metiers", "pages"] {
            let folderURL = content.appendingPathComponent(folder)
            // A missing folder is only empty: `new` creates it.
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folderURL.path)) ?? []
            existing.paths.formUnion(names.map { "content/\(folder)/\($0)" })
            for name in names where name.hasSuffix(".md") {
                let key = String(name.dropLast(3))
                if folder == "societes" { existing.societeKeys.insert(key) }
                if folder == "metiers" { existing.metiers[key] = order(in: folderURL.appendingPathComponent(name)) }
            }
        }
        return existing
    }

    /// The `order:` line of a métier's front matter; nil if it is not a plain number. Reading the YAML
    /// properly is the build's job: this only places the new métier after the others.
    static func order(in file: URL) -> Int? {
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return nil }
        // `isNewline` also matches "\r\n", which Swift reads as one character.
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).dropFirst() {
            let line = String(line).trimmingWhitespace()
            if line == "---" { break }
            if line.hasPrefix("order:") { return Int(String(line.dropFirst(6)).trimmingWhitespace()) }
        }
        return nil
    }

    /// Writes a temporary file beside the target, then links it to the target's name: readers never see a
    /// half-written file, and unlike rename(), link() fails instead of replacing a file created meanwhile.
    static func write(_ file: NewFile, root: URL) throws(NewEntryFailure) {
        let target = root.appendingPathComponent(file.path)
        let folder = target.deletingLastPathComponent()
        // A dot file, which builds running meanwhile skip.
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp")
        defer { unlink(temporary.path) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(file.text.utf8).write(to: temporary)
        } catch {
            throw failure("cannot write \(file.path): \(error.localizedDescription)")
        }
        guard link(temporary.path, target.path) != 0 else { return }
        var code = errno
        // File systems without hard links (FAT, some network mounts): rename, once the name is known free.
        if code != EEXIST, !FileManager.default.fileExists(atPath: target.path) {
            guard rename(temporary.path, target.path) != 0 else { return }
            code = errno
        }
        if code == EEXIST || FileManager.default.fileExists(atPath: target.path) {
            throw failure("\(file.path) already exists", hint: "edit it, or choose another name")
        }
        throw failure("cannot write \(file.path): \(String(cString: strerror(code)))")
    }

    private static func failure(_ message: String, hint: String? = nil) -> NewEntryFailure {
        NewEntryFailure(problems: [NewEntryProblem(message: message, hint: hint, isUsageError: false)])
    }
}
