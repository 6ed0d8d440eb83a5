import ArgumentParser
import Foundation
import GeneriqueCore
import GeneriqueFetch
import GeneriqueVerify
import GeneriqueWikidata

/// `new profil --wikidata` and `new societe --wikidata`: what the item gives the new entry, asked of
/// Wikidata as `import wikidata` asks (over content that builds, with the same politeness), and, for a
/// profile without `--metier`, the métiers its occupations point to.
struct NewFromWikidata {
    /// The item, after any redirect.
    let entity: WikidataEntity
    /// The entry's name: the one given, else the item's label.
    let name: String
    let facts: NewEntryFacts
    /// Labels of the items the item's statements name (names, occupations), by id.
    let labels: [String: String]
    /// The site's métiers, for proposals.
    let metiers: [Metier]

    /// Asks Wikidata for `item`; prints what went wrong and exits 1 for content with errors, an item that
    /// does not exist or has no label when no name is given, and Wikidata out of reach.
    static func fetch(
        _ item: WikidataItem, name given: String?, isOrganization: Bool, hasFeed: Bool, root: String, online: OnlineOptions
    ) async throws -> NewFromWikidata {
        let style = TerminalStyle.forStandardError()
        let (content, _) = try await OnlineContent.load(root: URL(fileURLWithPath: root), style: style, nothing: "nothing was asked")
        let fetcher = online.wikidataFetcher(baseURL: content.config.baseURL)
        let api = WikidataAPI(fetcher: fetcher)
        let result = await ask(item, isOrganization: isOrganization, api: api)
        await fetcher.close()
        let (entity, labels) = try result.mapError { problem in
            Console.error(style.format(failure: problem.message, hint: problem.hint))
            return ExitCode(ExitStatus.contentErrors)
        }.get()
        if entity.id != item.id { Console.error("\(item.id) was merged into \(entity.id): the entry names \(entity.id).") }
        Console.error(
            "\(entity.id): \(entity.label ?? "(no label)")" + (entity.localDescription.map { " — \($0)" } ?? "")
                + ": check that it is the right one on https://www.wikidata.org/wiki/\(entity.id)")
        guard let name = given ?? entity.label else {
            Console.error(style.format(failure: "\(entity.id) has no label in any language", hint: "give the name as well"))
            throw ExitCode(ExitStatus.contentErrors)
        }
        let changes = entity.changes(to: [:], fields: WikidataField.all(hasFeed: hasFeed), isOrganization: isOrganization)
        for refused in changes where refused.kind == .invalid {
            let evidence = WikidataRefreshRunner.evidence(refused.wikidata)
            Console.error("not written: \(WikidataRefreshRunner.describe(refused)) — \(evidence)")
        }
        let written = changes.filter(\.isWritten).map(\.wikidata)
        let facts = NewEntryFacts(
            item: entity.id, sortName: isOrganization ? nil : entity.sortName(for: name, labels: labels),
            accounts: written.compactMap { value in
                if case .account(let network) = value.field { Account(network: network, handle: value.value) } else { nil }
            },
            website: written.first { $0.field == .website }?.value, feed: written.first { $0.field == .feed }?.value)
        return NewFromWikidata(entity: entity, name: name, facts: facts, labels: labels, metiers: content.metiers)
    }

    /// A failure, in a sentence and a hint.
    struct Problem: Error {
        let message: String
        let hint: String?
    }

    /// The item, and the labels of the items its name and occupation statements name (a second request).
    private static func ask(_ item: WikidataItem, isOrganization: Bool, api: WikidataAPI) async
        -> Result<(WikidataEntity, [String: String]), Problem>
    {
        let entity: WikidataEntity
        switch await api.entities([item.id]) {
        case .failure(let problem): return .failure(Problem(message: problem.description, hint: nil))
        case .success(let lookups):
            guard let found = lookups[item.id]?.entity else {
                return .failure(
                    Problem(
                        message: "\(item.id) is no Wikidata item (deleted, or a mistyped id): nothing was written",
                        hint: "find the item with generique import wikidata --search \"Nom\""))
            }
            entity = found
        }
        let named = isOrganization ? [] : entity.nameItems + entity.occupations
        guard !named.isEmpty else { return .success((entity, [:])) }
        switch await api.entities(named, labelsOnly: true) {
        case .failure(let problem): return .failure(Problem(message: problem.description, hint: nil))
        case .success(let lookups): return .success((entity, lookups.compactMapValues { $0.entity?.label }))
        }
    }

    /// The métiers of a profile created without `--metier`: the one its occupations point to. None, or
    /// several, is a failure that lists the occupations and the métiers they point to, and writes nothing.
    func proposedMetiers() throws -> [String] {
        let style = TerminalStyle.forStandardError()
        let proposals = MetierProposal.proposals(for: entity.occupations, metiers: metiers)
        func named(_ ids: [String]) -> String {
            ids.map { id in labels[id].map { "\(id) \($0)" } ?? id }.joined(separator: ", ")
        }
        if proposals.count == 1, let only = proposals.first {
            Console.error("métier \(only.metier), from the occupation \(named(only.occupations))")
            return [only.metier]
        }
        if proposals.isEmpty {
            let stated = entity.occupations.isEmpty
                ? "states no occupation" : "states the occupations \(named(entity.occupations)), which no métier lists"
            Console.error(
                style.format(
                    failure: "\(entity.id) \(stated): nothing was written",
                    hint: "give --metier KEY (\(metiers.map(\.key).sorted().joined(separator: ", "))); "
                        + "a métier's wikidata_occupations lists the occupations it stands for"))
            throw ExitCode(ExitStatus.contentErrors)
        }
        Console.error(
            style.format(
                failure: "the occupations of \(entity.id) point to \(proposals.count) métiers: nothing was written",
                hint: "choose with --metier, one or several"))
        for proposal in proposals {
            Console.error("  --metier \(proposal.metier)  (\(named(proposal.occupations)))")
        }
        throw ExitCode(ExitStatus.contentErrors)
    }
}
