import ArgumentParser
import GeneriqueFetch
import GeneriqueVerify
import GeneriqueWikidata

/// The options of every command that goes online: where hosts go, and how long and how hard to try.
struct OnlineOptions: ParsableArguments {
    @Option(
        name: .customLong("resolve"),
        help: ArgumentHelp(
            "Send a host's requests to another origin (a local mirror, a staging server): "
                + "piaille.fr=http://127.0.0.1:8123. Repeat it for several hosts; only those hosts are mapped.",
            valueName: "host=origin"))
    var resolve: [String] = []

    @Option(name: .long, help: ArgumentHelp("Requests at once, all hosts together (at most 2 to one host).", valueName: "n"))
    var concurrency = 8

    @Option(name: .long, help: ArgumentHelp("Longest time for one request: 500ms, 15s, 1m.", valueName: "duration"))
    var timeout = DurationArgument(.seconds(15), shown: "15s")

    @Option(
        name: .long,
        help: ArgumentHelp(
            "No request starts after this much time; what is left is reported unreachable.", valueName: "duration"))
    var deadline = DurationArgument(.seconds(3600), shown: "1h")

    /// The `--resolve` mappings (`validate` refused any that cannot be read).
    var origins: OriginMap { (try? OriginMap(resolve)) ?? OriginMap() }

    func validate() throws {
        guard (1...64).contains(concurrency) else { throw ValidationError("--concurrency must be between 1 and 64") }
        do {
            _ = try OriginMap(resolve)
        } catch {
            throw ValidationError(error.description)
        }
    }
}

extension OnlineOptions {
    /// The fetcher the Wikidata commands ask through: the policy's settings, a User-Agent naming the guide at
    /// `baseURL`, these options' `--resolve` and `--timeout`.
    func wikidataFetcher(baseURL: String) -> Fetcher {
        Fetcher(
            settings: WikidataAPI.settings(
                userAgent: Verifier.userAgent(baseURL: baseURL), origins: origins, timeout: timeout.duration))
    }
}
