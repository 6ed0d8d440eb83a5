import ArgumentParser
import Foundation
import GeneriqueCore
import GeneriqueFetch
import GeneriqueVerify
import GeneriqueWikidata

/// `generique import`: entries' facts from outside sources.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Look up entries in outside sources (Wikidata).",
        subcommands: [ImportWikidataCommand.self])
}

/// `generique import wikidata`.
struct ImportWikidataCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wikidata",
        abstract: "Check the entries' Wikidata items, or find the item of a person or an organisation.",
        discussion: """
            Without --search, asks Wikidata for the item of every profile and société with a wikidata field \
            (wbgetentities, 50 ids a request; items are kept in .generique-wikidata-cache beside content/ and \
            reused until --max-age) and reports, at its line, what the item would change in the entry: an \
            account, website or feed to add, one to replace (Wikidata marks the entry's as ended and gives \
            another), a conflict (both have a different value: left for you), an ended value with no other, a \
            value that breaks the content's rules — each with its property, rank and references. Statements \
            taken: the preferred ones when there are any, else the normal ones; never deprecated ones or those \
            with an end time. An item merged into another is outdated (the id to write is given), a deleted \
            one missing. Without --apply, it never changes a file.

            --apply writes the additions and replacements (only those) into the files, each file's diff shown: \
            only accounts, website and feed lines are added or replaced, every other byte is kept (comments, \
            order, quoting, line endings); nothing the entry has is removed, conflicts stay for you. While an \
            item is missing, or when Wikidata cannot be reached, nothing is written.

            --search lists the items Wikidata's search (wbsearchentities, in French) finds for a name, best \
            match first, each with its id, label, description and address, so that you pick the right one; it \
            never picks one for you. Requests follow the Wikimedia API policy: a User-Agent naming Générique and \
            the guide's address (baseURL in site.yml), one request at a time, maxlag=5, and the wait Wikidata \
            asks for when it is busy. With errors in content, nothing is asked.

            Exit codes: 0 nothing for you to decide, or candidates found; 1 an item outdated or missing, a \
            conflict, a file --apply could not edit, no candidate, Wikidata unreachable, or errors in content; \
            2 usage errors.

            Examples:
              generique import wikidata
              generique import wikidata --only content/profils/celine-sciamma.md
              generique import wikidata --apply
              generique import wikidata --format json > wikidata.json
              generique import wikidata --search "Céline Sciamma"
              generique import wikidata --search "Festival de Cannes" --root ../guide
            """)

    @Option(
        name: .long,
        help: ArgumentHelp("List the items whose name matches, instead of checking the entries'.", valueName: "name"))
    var search: String?

    @Option(name: .long, help: ArgumentHelp("The site's root folder, holding content/.", valueName: "dir"))
    var root: String = "."

    @Option(
        name: .long, parsing: .upToNextOption,
        help: ArgumentHelp("Look up only these entries (content/profils/x.md…).", valueName: "path"))
    var only: [String] = []

    @Option(name: .long, help: "text (for people) or json (for programs, on standard output).")
    var format = VerifyCommand.Format.text

    @Flag(help: "Write the additions and replacements into the entries' files, and show each file's diff.")
    var apply = false

    @Option(
        name: .customLong("max-age"),
        help: ArgumentHelp("Reuse items asked less than this long ago: 30m, 12h, 7d.", valueName: "duration"))
    var maxAge = DurationArgument(.seconds(86400), shown: "1d")

    @OptionGroup var online: OnlineOptions

    func validate() throws {
        if let search, search.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("--search needs a name")
        }
        if search != nil, apply || !only.isEmpty { throw ValidationError("--search lists items: it takes neither --apply nor --only") }
    }

    func run() async throws {
        let style = TerminalStyle.forStandardError()
        let rootURL = URL(fileURLWithPath: root)
        let (content, tree) = try await OnlineContent.load(root: rootURL, style: style, nothing: "nothing was asked")
        var entries = content.profiles.compactMap(WikidataEntry.init) + content.societes.compactMap(WikidataEntry.init)
        if !only.isEmpty {
            let kept = Set(
                try only.map {
                    try OnlineContent.entryPath($0, root: rootURL, entries: Set(entries.map(\.path)), style: style)
                })
            entries = entries.filter { kept.contains($0.path) }
        }
        let fetcher = online.wikidataFetcher(baseURL: content.config.baseURL)
        let api = WikidataAPI(fetcher: fetcher)
        do {
            if let search {
                try await list(search.trimmingCharacters(in: .whitespacesAndNewlines), api: api, style: style)
            } else {
                try await WikidataRefreshRunner.run(
                    entries: entries, tree: tree, root: rootURL, api: api,
                    context: Verifier.cacheContext(origins: online.origins), maxAge: maxAge.duration,
                    json: format == .json, apply: apply, style: style)
            }
        } catch {
            await fetcher.close()
            throw error
        }
        await fetcher.close()
    }

    /// `--search`: the candidates for `name`, best match first.
    private func list(_ name: String, api: WikidataAPI, style: TerminalStyle) async throws {
        switch await api.search(name) {
        case .failure(let problem):
            Console.error(style.format(failure: problem.description))
            throw ExitCode(ExitStatus.contentErrors)
        case .success(let candidates) where candidates.isEmpty:
            Console.error(
                style.format(
                    failure: "no Wikidata item found for \"\(name)\"",
                    hint: "try the name as it is usually written, or another spelling"))
            throw ExitCode(ExitStatus.contentErrors)
        case .success(let candidates):
            for candidate in candidates {
                Console.out("\(candidate.id)  \(candidate.label)" + (candidate.description.map { " — \($0)" } ?? ""))
                Console.out("    \(candidate.url)")
            }
            let count = candidates.count
            Console.error(
                "\(count) item\(count == 1 ? "" : "s") for \"\(name)\": check the right one on its page, then write "
                    + "wikidata: Q… in the entry's front matter.")
        }
    }
}
