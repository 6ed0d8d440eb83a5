import ArgumentParser
import Foundation
import GeneriqueBuild
import GeneriqueCore

/// Runs a build or check and reports it: diagnostics on standard error, one summary line on standard output.
enum BuildRunner {
    static func run(site: SiteOptions, output: String, writesOutput: Bool) async throws {
        let start = ContinuousClock.now
        let rootURL = URL(fileURLWithPath: site.root)
        let outputURL = URL(fileURLWithPath: output, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        let options = BuildOptions(
            root: rootURL, output: outputURL, baseURL: site.baseURL, includeDrafts: site.drafts,
            writesOutput: writesOutput, strict: site.strict,
            onWaitingForOtherBuild: { printError("Another build is writing \(output); waiting for it to finish…") })
        let style = TerminalStyle.forStandardError()
        let report: BuildReport
        do {
            report = try await SiteBuilder.build(options)
        } catch {
            printError(style.format(failure: error))
            throw ExitCode(error.isUsageError ? ExitStatus.usage : ExitStatus.contentErrors)
        }
        for diagnostic in report.diagnostics { printError(style.format(diagnostic)) }
        let errors = report.diagnostics.filter { $0.severity == .error }.count
        let warnings = report.diagnostics.count - errors
        guard report.succeeded else {
            printError("\(count(errors, "error")) and \(count(warnings, "warning")); nothing was written.")
            throw ExitCode(ExitStatus.contentErrors)
        }
        let seconds = Double((ContinuousClock.now - start).components.attoseconds / 10_000_000_000_000_000) / 100
            + Double((ContinuousClock.now - start).components.seconds)
        let stats = report.statistics
        let what = "\(count(stats.profiles, "profile")), \(stats.metiers) métiers, \(stats.societes) sociétés"
        let warningNote = warnings > 0 ? ", \(count(warnings, "warning"))" : ""
        if writesOutput {
            let unchanged = stats.unchanged > 0 ? " (\(stats.unchanged) unchanged)" : ""
            print(
                "Built \(what): \(stats.pages) pages, \(stats.files) files\(unchanged) in \(format(seconds)) s → \(output)\(warningNote)")
        } else {
            print("Checked \(what): no errors\(warningNote) in \(format(seconds)) s")
        }
    }

    private static func count(_ value: Int, _ noun: String) -> String {
        "\(value) \(noun)\(value == 1 ? "" : "s")"
    }

    private static func format(_ seconds: Double) -> String {
        String(format: "%.2f", seconds)
    }

    private static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
