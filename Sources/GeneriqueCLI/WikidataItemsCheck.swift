import ArgumentParser
import GeneriqueContent
import GeneriqueCore
import GeneriqueWikidata

/// `import wikidata` without `--search`: the item of every entry that names one, asked of Wikidata, each
/// reported at its entry's `wikidata` line. A merged item is outdated (the entry should name the item it was
/// merged into), a missing one an error; files are never changed.
enum WikidataItemsCheck {
    static func run(content: SiteContent, tree: SourceTree, api: WikidataAPI, style: TerminalStyle) async throws {
        let named = content.profiles.compactMap { profile in profile.wikidata.map { (profile.sourcePath, $0.id) } }
            + content.societes.compactMap { societe in societe.wikidata.map { (societe.sourcePath, $0.id) } }
        guard !named.isEmpty else {
            Console.error("No entry names a Wikidata item (wikidata: Q…): nothing was asked.")
            return
        }
        let states: [String: WikidataItemState]
        switch await api.items(named.map(\.1)) {
        case .failure(let problem):
            Console.error(style.format(failure: problem.description))
            throw ExitCode(ExitStatus.contentErrors)
        case .success(let found): states = found
        }
        var counts = (found: 0, outdated: 0, missing: 0)
        for (path, id) in named.sorted(by: { $0.0 < $1.0 }) {
            let location = tree.file(at: path).flatMap { FieldLocations.read($0)?.values["wikidata"] }
                ?? SourceLocation(path: path)
            let place = "\(location.path):\(location.line):\(location.column)"
            switch states[id] ?? .missing {
            case .found(let label):
                counts.found += 1
                Console.out("\(place): ok: \(id)" + (label.map { " (\($0))" } ?? ""))
            case .redirected(let target, let label):
                counts.outdated += 1
                Console.out(
                    "\(place): outdated: \(id) was merged into \(target)" + (label.map { " (\($0))" } ?? "")
                        + ": write wikidata: \(target)")
            case .missing:
                counts.missing += 1
                Console.out("\(place): missing: \(id) is no Wikidata item (deleted, or a mistyped id)")
            }
        }
        Console.error(
            "\(named.count) item\(named.count == 1 ? "" : "s") asked: \(counts.found) ok, \(counts.outdated) outdated, "
                + "\(counts.missing) missing.")
        if counts.outdated + counts.missing > 0 { throw ExitCode(ExitStatus.contentErrors) }
    }
}
