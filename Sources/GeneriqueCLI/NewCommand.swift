import ArgumentParser
import Foundation
import GeneriqueCore

/// `generique new`: creates one content file, named after its name or title, that builds as it is.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a profile, société, métier or page file, ready to edit.",
        discussion: """
            Each subcommand writes one file under content/, named after the slug of the name or title \
            ("Élodie Bérard" → content/profils/elodie-berard.md), with the required front matter filled in and \
            the optional fields as comments. It checks the métiers and sociétés it references, never replaces \
            an existing file, and prints the path it created.

            With --wikidata Q…, a profile or a société starts from its Wikidata item (see generique new profil \
            --help).

            Exit codes: 0 created, 1 an unknown métier or société or a file that already exists (nothing is \
            written), 2 usage errors.

            Examples:
              generique new profil "Élodie Bérard" --metier production --role Productrice
              generique new societe "Les Films du Losange" --kind production
              generique new metier "Scriptes" --label Script
              generique new page "Nous contacter" --root ../guide
            """,
        subcommands: [NewProfileCommand.self, NewSocieteCommand.self, NewMetierCommand.self, NewPageCommand.self])
}

/// The option every `new` subcommand takes.
struct NewOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The site's root folder, holding content/.", valueName: "dir"))
    var root: String = "."
}

/// The exit codes, for each subcommand's help; only a profile references other entries.
private func exitCodes(referencing: Bool = false) -> String {
    let one = referencing ? "an unknown métier or société, or the file already exists" : "the file already exists"
    return "Exit codes: 0 created, 1 \(one) (nothing is written), 2 usage errors."
}

/// `generique new profil`.
struct NewProfileCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profil",
        abstract: "Create content/profils/<slug>.md for a person or an official account.",
        discussion: """
            Fills in name, sort_name (guessed as "Last, First" in French usage, "La Fontaine, Jean de": check \
            it), professions, companies, role and added (today, UTC), and lists source, website and every \
            network of accounts as comments.

            With --wikidata Q…, the entry starts from the item (find it with import wikidata --search): its \
            French label (else another) as the name unless one is given, sort_name from its family and given \
            name statements, its accounts, website and feed (the statements import wikidata takes, checked by \
            the content's rules), wikidata, and the item's page as source. Without --metier, the métier its \
            occupations point to (each métier's wikidata_occupations) is taken when there is exactly one; \
            otherwise the métiers proposed are listed and nothing is written. Requests are those of import \
            wikidata, with --resolve and --timeout; with errors in content, nothing is asked.

            \(exitCodes(referencing: true)) With --wikidata, also 1 for a missing item, occupations that point to \
            no métier or to several, or Wikidata out of reach.

            Examples:
              generique new profil "Élodie Bérard" --metier production --role Productrice
              generique new profil "Louis Garnier" --metier production \\
                --societe moana-films --societe gaumont
              generique new profil "Wild Bunch" --organization \\
                --metier distribution --societe wild-bunch
              generique new profil --wikidata Q174274 --organization --metier institutions
            """)

    @Argument(
        help: """
            The person's name, or the account's for --organization, as the account is named: pages add \
            "(compte officiel)" where needed, so leave "(officiel)" out. With --wikidata, the item's label \
            unless given.
            """)
    var name: String?

    @Option(
        name: .customLong("metier"),
        help: ArgumentHelp(
            "A métier key (content/metiers/<key>.md); repeatable, at least one unless --wikidata proposes it.",
            valueName: "key"))
    var metiers: [String] = []

    @Option(
        name: .customLong("societe"),
        help: ArgumentHelp("A société key (content/societes/<key>.md); repeatable.", valueName: "key"))
    var societes: [String] = []

    @Option(help: ArgumentHelp("The label shown with the name, e.g. Productrice.", valueName: "text"))
    var role: String?

    @Flag(help: "An organisation's official account (kind: organization, no sort_name).")
    var organization = false

    @Option(help: ArgumentHelp("Start from this Wikidata item.", valueName: "Q…"))
    var wikidata: String?

    @OptionGroup var options: NewOptions

    @OptionGroup(title: "With --wikidata") var online: OnlineOptions

    func validate() throws {
        if name == nil, wikidata == nil { throw ValidationError("give the name, or --wikidata Q…") }
        if metiers.isEmpty, wikidata == nil { throw ValidationError("give at least one --metier") }
        _ = try wikidataItem(wikidata)
    }

    func run() async throws {
        guard let item = try wikidataItem(wikidata) else {
            let entry = NewEntry.profile(
                name: name ?? "", metiers: metiers, societes: societes, role: role, isOrganization: organization)
            return try NewEntryRunner.create(entry, root: options.root)
        }
        let start = try await NewFromWikidata.fetch(
            item, name: name, isOrganization: organization, hasFeed: true, root: options.root, online: online)
        let entry = NewEntry.profile(
            name: start.name, metiers: metiers.isEmpty ? try start.proposedMetiers() : metiers, societes: societes,
            role: role, isOrganization: organization, facts: start.facts)
        try NewEntryRunner.create(entry, root: options.root)
    }
}

/// The item `--wikidata` names; a usage error for anything but an item id, with the id to give for a
/// pasted address of the item.
private func wikidataItem(_ text: String?) throws -> WikidataItem? {
    guard let text else { return nil }
    if let item = WikidataItem(text) { return item }
    let hint = WikidataItem(address: text).map { ": give its id, --wikidata \($0.id)" }
        ?? " (Q followed by digits, as at the end of the item's address)"
    throw ValidationError("--wikidata '\(text)' is not a Wikidata item id\(hint)")
}

/// `generique new societe`.
struct NewSocieteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "societe",
        abstract: "Create content/societes/<key>.md for a company, festival, institution or medium.",
        discussion: """
            Kinds: \(SocieteKind.allCases.map(\.rawValue).joined(separator: ", ")).

            With --wikidata Q…, the entry starts from the item: its French label (else another) as the name \
            unless one is given, its accounts and website (as import wikidata takes them), wikidata, and the \
            item's page as source.

            \(exitCodes()) With --wikidata, also 1 for a missing item or Wikidata out of reach.

            Examples:
              generique new societe "Les Films du Losange" --kind production
              generique new societe --wikidata Q42369 --kind festival
              generique new societe "Festival Premiers Plans" --kind festival \\
                --website https://www.premiersplans.org/
            """)

    @Argument(help: "The société's name; with --wikidata, the item's label unless given.")
    var name: String?

    @Option(help: ArgumentHelp("How /societes/ groups it.", valueName: "kind"))
    var kind: String

    @Option(help: ArgumentHelp("Its official site, an absolute http(s) URL.", valueName: "url"))
    var website: String?

    @Option(help: ArgumentHelp("Start from this Wikidata item.", valueName: "Q…"))
    var wikidata: String?

    @OptionGroup var options: NewOptions

    @OptionGroup(title: "With --wikidata") var online: OnlineOptions

    func validate() throws {
        if name == nil, wikidata == nil { throw ValidationError("give the name, or --wikidata Q…") }
        _ = try wikidataItem(wikidata)
    }

    func run() async throws {
        guard let item = try wikidataItem(wikidata) else {
            return try NewEntryRunner.create(.societe(name: name ?? "", kind: kind, website: website), root: options.root)
        }
        let start = try await NewFromWikidata.fetch(
            item, name: name, isOrganization: true, hasFeed: false, root: options.root, online: online)
        try NewEntryRunner.create(
            .societe(name: start.name, kind: kind, website: website, facts: start.facts), root: options.root)
    }
}

/// `generique new metier`.
struct NewMetierCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "metier",
        abstract: "Create content/metiers/<key>.md.",
        discussion: """
            The key is the label's slug unless --key is given; the order is one more than the highest \
            existing order unless --order is given.

            \(exitCodes())

            Examples:
              generique new metier "Scriptes" --label Script
              generique new metier "Étalonneuses et étalonneurs" --label Étalonnage \\
                --key etalonnage --order 11
            """)

    @Argument(help: "The heading, an inclusive doublet or epicene noun: \"Productrices et producteurs\".")
    var title: String

    @Option(help: ArgumentHelp("The short activity noun: Production.", valueName: "text"))
    var label: String

    @Option(help: ArgumentHelp("Position in lists (default: after the last one).", valueName: "n"))
    var order: Int?

    @Option(help: ArgumentHelp("The file name and URL segment (default: the label's slug).", valueName: "key"))
    var key: String?

    @OptionGroup var options: NewOptions

    func run() throws {
        try NewEntryRunner.create(.metier(title: title, label: label, order: order, key: key), root: options.root)
    }
}

/// `generique new page`.
struct NewPageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "page",
        abstract: "Create content/pages/<slug>.md, served at /<slug>/.",
        discussion: """
            Titles whose slug the generator uses (\(SitePaths.reservedNames.sorted().joined(separator: ", "))) \
            are refused.

            \(exitCodes())

            Examples:
              generique new page "Nous contacter"
              generique new page "Méthode" --description "Comment les fiches sont choisies."
            """)

    @Argument(help: "The page's title.")
    var title: String

    @Option(help: ArgumentHelp("The meta description.", valueName: "text"))
    var description: String?

    @OptionGroup var options: NewOptions

    func run() throws {
        try NewEntryRunner.create(.page(title: title, description: description), root: options.root)
    }
}
