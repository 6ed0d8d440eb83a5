import ArgumentParser
import Foundation
import GeneriqueBuild
import GeneriqueContent
import GeneriqueCore
import GeneriqueFetch
import GeneriqueVerify

/// Runs `verify`: the content loaded as `check` loads it (diagnostics as `build` prints them; with an error,
/// nothing is checked), the plan, the run, the report, and `--write`.
enum VerifyRunner {
    static func run(_ command: VerifyCommand) async throws {
        let start = ContinuousClock.now
        let style = TerminalStyle.forStandardError()
        let root = URL(fileURLWithPath: command.root)
        let (content, tree) = try await OnlineContent.load(root: root, style: style, nothing: "nothing was checked")
        var plan = VerifyPlan(content: content, tree: tree)
        if !command.only.isEmpty {
            let entries = Set(plan.entries.map(\.path))
            plan = plan.keeping(Set(try command.only.map { try OnlineContent.entryPath($0, root: root, entries: entries, style: style) }))
        }

        let verbosity = command.verbosity.verbosity
        let progress = VerifyProgress(drawsLine: verbosity != .quiet && isatty(STDERR_FILENO) == 1)
        let online = command.online
        let settings = FetchSettings(
            userAgent: Verifier.userAgent(baseURL: content.config.baseURL), origins: online.origins,
            timeout: online.timeout.duration, concurrency: online.concurrency,
            deadline: .now + online.deadline.duration)
        let report = await Verifier.run(
            plan,
            options: VerifyOptions(
                fetch: settings, maxAge: command.maxAge.duration,
                cacheFile: root.appendingPathComponent(Verifier.cacheFileName), onProgress: progress.update))
        progress.finish()
        if let problem = report.cacheProblem { Console.error(style.format(failure: problem)) }

        switch command.format {
        case .json: FileHandle.standardOutput.write(Data(JSONReport.encode(report)))
        case .text:
            for line in TextReport.lines(report, everyLine: verbosity == .verbose) { Console.out(line) }
            if verbosity != .quiet {
                Console.out(TextReport.summary(report, seconds: Console.seconds(ContinuousClock.now - start)))
            }
        }
        var failed = false
        if command.write {
            failed = !write(report, root: root, tree: tree, quiet: verbosity == .quiet, style: style)
        }
        if report.hasProblems || failed { throw ExitCode(ExitStatus.contentErrors) }
    }

    /// Writes the edits the report calls for; false when one could not be written. What was written goes to
    /// standard error: standard output may be the JSON report.
    private static func write(_ report: VerifyReport, root: URL, tree: SourceTree, quiet: Bool, style: TerminalStyle) -> Bool {
        var succeeded = true
        var written = 0
        for edit in VerifyWriter.edits(for: report, today: .today()) {
            let read = tree.file(at: edit.path)?.bytes ?? []
            let outcome = FrontMatterEdit.apply(edit.fields.map { ($0.key, $0.value) }, to: read).flatMap {
                EntryFileRewrite.write($0, to: edit.path, root: root, read: read)
            }
            switch outcome {
            case .success:
                written += 1
                if !quiet {
                    let fields = edit.fields.map { "\($0.key): \($0.value ?? "(removed)")" }.joined(separator: ", ")
                    Console.error("Wrote \(edit.path): \(fields)")
                }
            case .failure(let failure):
                succeeded = false
                Console.error(style.format(failure: "\(edit.path) was not edited: \(failure.message)"))
            }
        }
        if !quiet { Console.error("--write: \(written) file\(written == 1 ? "" : "s") edited.") }
        return succeeded
    }
}
