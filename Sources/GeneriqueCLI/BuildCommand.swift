import ArgumentParser
import Foundation
import GeneriqueBuild
import GeneriqueCore

/// Options shared by `build` and `check`.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The site's root folder, holding content/ and templates/.", valueName: "dir"))
    var root: String = "."

    @Option(
        name: .customLong("base-url"),
        help: ArgumentHelp("Absolute URL the site is served at; replaces baseURL from content/site.yml.", valueName: "url"))
    var baseURL: String?

    @Flag(name: .long, help: "Publish profiles marked draft: true.")
    var drafts = false

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    mutating func validate() throws {
        if let baseURL {
            guard let normalized = GeneriqueCore.SiteConfig.normalizedBaseURL(baseURL) else {
                throw ValidationError("--base-url '\(baseURL)' is not an absolute http(s) URL")
            }
            self.baseURL = normalized
        }
    }
}

/// `generique build`.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into the output folder (the default command).",
        discussion: """
            The output folder is replaced atomically and only if Générique created it (it holds a .generique \
            marker) or it is empty. With any error, nothing is written.

            Exit codes: 0 built (warnings allowed), 1 errors in content or templates, or the output could not be \
            read or written (nothing is written), 2 usage errors (unknown option, invalid --base-url, an output \
            folder Générique did not create, or one among the sources: the root folder, a folder holding it, or \
            a folder inside content/ or templates/).

            Examples:
              generique build
              generique build --root ../guide --output /var/www/guide
              generique build --base-url https://example.org/guide/
              generique build --drafts --output /tmp/preview
            """)

    @OptionGroup var site: SiteOptions
    @OptionGroup var verbosity: OutputOptions

    @Option(name: .long, help: ArgumentHelp("The output folder (default: public/ in the root folder).", valueName: "dir"))
    var output: String?

    func run() async throws {
        let folder = output ?? (site.root == "." ? "public" : URL(fileURLWithPath: site.root).appendingPathComponent("public").path)
        try await BuildRunner.run(site: site, verbosity: verbosity.verbosity, output: folder, writesOutput: true)
    }
}

/// `generique check`.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate content and templates like a build does, and write nothing.",
        discussion: """
            Exit codes: 0 no errors (warnings allowed), 1 errors in content or templates, 2 usage errors.

            Examples:
              generique check
              generique check --root ../guide --strict
            """)

    @OptionGroup var site: SiteOptions
    @OptionGroup var verbosity: OutputOptions

    func run() async throws {
        try await BuildRunner.run(site: site, verbosity: verbosity.verbosity, output: "public", writesOutput: false)
    }
}
