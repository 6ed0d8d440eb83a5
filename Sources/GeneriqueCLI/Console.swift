import ArgumentParser
import Foundation

/// How much the commands print.
enum Verbosity: Sendable {
    case quiet, normal, verbose
}

/// `--quiet` and `--verbose`, shared by the commands that build.
struct OutputOptions: ParsableArguments {
    @Flag(name: [.short, .long], help: "Print only diagnostics: no summary line, no progress.")
    var quiet = false

    @Flag(name: [.short, .long], help: "Also print each step's timing.")
    var verbose = false

    var verbosity: Verbosity { quiet ? .quiet : verbose ? .verbose : .normal }

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together") }
    }
}

/// Lines on standard output and standard error, written at once (no buffering between them).
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Whole milliseconds, for timings.
    static func milliseconds(_ duration: Duration) -> Int {
        Int(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
    }

    /// Seconds with two decimals, for the summary line.
    static func seconds(_ duration: Duration) -> String {
        String(format: "%.2f", Double(milliseconds(duration)) / 1000)
    }
}
