import ArgumentParser
import Foundation
import GeneriqueBuild
import GeneriqueCore

/// Runs a build or check and reports it: diagnostics on standard error, one summary line on standard output.
enum BuildRunner {
    static func run(site: SiteOptions, verbosity: Verbosity, output: String, writesOutput: Bool) async throws {
        let start = ContinuousClock.now
        let progress = ProgressDisplay(drawsLine: verbosity != .quiet && isatty(STDERR_FILENO) == 1)
        let rootURL = URL(fileURLWithPath: site.root)
        let outputURL = URL(fileURLWithPath: output, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        let options = BuildOptions(
            root: rootURL, output: outputURL, baseURL: site.baseURL, includeDrafts: site.drafts,
            writesOutput: writesOutput, strict: site.strict, today: .today(),
            onWaitingForOtherBuild: { Console.error("Another build is writing \(output); waiting for it to finish…") },
            onProgress: progress.update)
        let style = TerminalStyle.forStandardError()
        let report: BuildReport
        do {
            report = try await SiteBuilder.build(options)
            progress.finish()
        } catch {
            progress.finish()
            Console.error(style.format(failure: error))
            throw ExitCode(error.isUsageError ? ExitStatus.usage : ExitStatus.contentErrors)
        }
        for diagnostic in report.diagnostics { Console.error(style.format(diagnostic)) }
        let errors = report.diagnostics.filter { $0.severity == .error }.count
        let warnings = report.diagnostics.count - errors
        guard report.succeeded else {
            Console.error("\(count(errors, "error")) and \(count(warnings, "warning")); nothing was written.")
            throw ExitCode(ExitStatus.contentErrors)
        }
        guard verbosity != .quiet else { return }
        let seconds = Console.seconds(ContinuousClock.now - start)
        let stats = report.statistics
        let what = entriesSummary(stats)
        let warningNote = warnings > 0 ? ", \(count(warnings, "warning"))" : ""
        if writesOutput {
            let unchanged = stats.unchanged > 0 ? " (\(stats.unchanged) unchanged)" : ""
            Console.out(
                "Built \(what): \(stats.pages) pages, \(stats.files) files\(unchanged) in \(seconds) s → \(output)\(warningNote)")
            if let config = report.config, let note = robotsNote(config) { Console.out(note) }
        } else {
            Console.out("Checked \(what): no errors\(warningNote) in \(seconds) s")
        }
        if verbosity == .verbose {
            Console.out("  \(progress.timings); \(stats.parsedFiles) of \(stats.contentFiles) content files parsed")
        }
    }

    /// Under a sub-path, the site's robots.txt (`/guide/robots.txt`) is never read: crawlers read only the
    /// host's. One line says what to add there; nil at the host's root.
    static func robotsNote(_ config: SiteConfig) -> String? {
        guard config.basePath != "/" else { return nil }
        let hostRoot = String(config.baseURL.dropLast(config.basePath.count - 1))
        return "Note: crawlers read robots.txt only at the host's root, not at \(config.basePath)\(SitePaths.robots); "
            + "add this line to \(hostRoot)\(SitePaths.robots): Sitemap: \(config.baseURL)\(SitePaths.sitemap)"
    }

    /// "41 profiles, 20 métiers, 24 sociétés (58 never verified)": the counts of the summary line, the entries
    /// without a `verified` date in parentheses when there are any.
    static func entriesSummary(_ stats: BuildStatistics) -> String {
        let neverVerified = stats.neverVerified > 0 ? " (\(stats.neverVerified) never verified)" : ""
        return "\(count(stats.profiles, "profile")), \(stats.metiers) métiers, \(stats.societes) sociétés\(neverVerified)"
    }

    private static func count(_ value: Int, _ noun: String) -> String {
        "\(value) \(noun)\(value == 1 ? "" : "s")"
    }
}
