import ArgumentParser
import Foundation
import GeneriqueCore

/// `generique`: the root command. Alone, it builds.
public struct GeneriqueCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "generique",
        abstract: "Builds the French film-professionals guide: content/ + templates/ → public/.",
        discussion: """
            Exit codes: 0 success, 1 errors in content or templates (or the build failed), 2 usage errors.

            Examples:
              generique            build content/ and templates/ into public/
              generique check      validate everything, write nothing
              generique verify     check every account, website and feed online
              generique import wikidata --search "Céline Sciamma"
              generique build --base-url https://example.org/guide/
            """,
        version: ProgramVersion.current,
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, NewCommand.self, VerifyCommand.self, ImportCommand.self],
        defaultSubcommand: BuildCommand.self
    )

    public init() {}

    /// Runs the command line and returns the process exit status; usage errors give 2 (ArgumentParser's
    /// default is 64). Returning instead of exiting lets tests run the CLI in-process.
    public static func execute(_ arguments: [String]? = nil) async -> Int32 {
        do {
            var command = try parseAsRoot(arguments)
            if var asynchronous = command as? AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
            return ExitStatus.success
        } catch let code as ExitCode {
            return code.rawValue
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                return ExitStatus.success
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            return code == .validationFailure ? ExitStatus.usage : code.rawValue
        }
    }
}

/// The process exit codes, documented in `--help` and the README.
enum ExitStatus {
    static let success: Int32 = 0
    static let contentErrors: Int32 = 1
    static let usage: Int32 = 2
}
