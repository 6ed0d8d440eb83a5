import ArgumentParser
import Foundation
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
        abstract: "Find the Wikidata item of a person or an organisation, to write in its entry's wikidata field.",
        discussion: """
            --search lists the items Wikidata's search (wbsearchentities, in French) finds for a name, best \
            match first, each with its id, label, description and address, so that you pick the right one; it \
            never picks one for you. Requests follow the Wikimedia API policy: a User-Agent naming Générique and \
            the guide's address (baseURL in site.yml), one request at a time, maxlag=5, and the wait Wikidata \
            asks for when it is busy. With errors in content, nothing is asked.

            Exit codes: 0 items found, 1 no item, Wikidata unreachable or errors in content, 2 usage errors.

            Examples:
              generique import wikidata --search "Céline Sciamma"
              generique import wikidata --search "Festival de Cannes" --root ../guide
            """)

    @Option(name: .long, help: ArgumentHelp("The name to look up, as Wikidata would label it.", valueName: "name"))
    var search: String

    @Option(name: .long, help: ArgumentHelp("The site's root folder, holding content/.", valueName: "dir"))
    var root: String = "."

    @OptionGroup var online: OnlineOptions

    func validate() throws {
        if search.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("--search needs a name")
        }
    }

    func run() async throws {
        let style = TerminalStyle.forStandardError()
        let (content, _) = try await OnlineContent.load(
            root: URL(fileURLWithPath: root), style: style, nothing: "nothing was asked")
        let fetcher = Fetcher(
            settings: WikidataAPI.settings(
                userAgent: Verifier.userAgent(baseURL: content.config.baseURL), origins: online.origins,
                timeout: online.timeout.duration))
        let name = search.trimmingCharacters(in: .whitespacesAndNewlines)
        let result = await WikidataAPI(fetcher: fetcher).search(name)
        await fetcher.close()
        switch result {
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
