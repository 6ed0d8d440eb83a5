import ArgumentParser
import Foundation

/// `generique verify`.
struct VerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check every account, website and feed online, politely, and say which are dead or moved.",
        discussion: """
            Checks each network the way it allows without logging in (Mastodon: WebFinger and the account \
            lookup; Bluesky: handle resolution and the public profile; YouTube, Letterboxd: the profile page), \
            every website and every feed, and reports each as ok, moved, dead, unreachable now or not checkable \
            (X, Instagram, Threads, TikTok and LinkedIn block anonymous checks: they are never asked). It says \
            when an account is confirmed to be the entry's. Results are kept in .generique-verify-cache beside \
            content/ and reused until --max-age. Addresses of this machine or its network are never fetched, \
            unless --resolve points a host there. With content errors, nothing is checked.

            --write sets verified: <today> in every profile and société whose checks are all ok or not \
            checkable (at least one account checked), and its confirmed list when that changed; those lines \
            only. Entries with anything dead, moved or unreachable are never touched.

            Exit codes: 0 nothing dead or moved, 1 something dead or moved, errors in content, or a file \
            --write could not edit, 2 usage errors.

            Examples:
              generique verify
              generique verify --only content/profils/elodie-berard.md --write
              generique verify --format json > verify.json
              generique verify --resolve piaille.fr=http://127.0.0.1:8123
            """)

    /// `--format`.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(name: .long, help: ArgumentHelp("The site's root folder, holding content/.", valueName: "dir"))
    var root: String = "."

    @Option(
        name: .long, parsing: .upToNextOption,
        help: ArgumentHelp("Check only these entries (content/profils/x.md, site.yml…).", valueName: "path"))
    var only: [String] = []

    @Flag(name: .long, help: "Record verified dates and confirmed accounts in the entries checked.")
    var write = false

    @Option(name: .long, help: "text (grouped by entry, for people) or json (for programs, on standard output).")
    var format = Format.text

    @Option(
        name: .customLong("max-age"),
        help: ArgumentHelp("Reuse cached results younger than this: 30m, 12h, 7d.", valueName: "duration"))
    var maxAge = DurationArgument(.seconds(7 * 86400), shown: "7d")

    @OptionGroup var online: OnlineOptions
    @OptionGroup var verbosity: OutputOptions

    func run() async throws {
        try await VerifyRunner.run(self)
    }
}
