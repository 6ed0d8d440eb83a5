import GeneriqueContent
import GeneriqueCore

/// An entry `generique new` creates, as the command line describes it.
enum NewEntry: Sendable, Equatable {
    /// `content/profils/<slug>.md`: a person, or with `isOrganization` an official account; `facts` when it
    /// starts from a Wikidata item.
    case profile(
        name: String, metiers: [String], societes: [String], role: String?, isOrganization: Bool, facts: NewEntryFacts? = nil)
    /// `content/societes/<key>.md`; `kind` is checked against `SocieteKind`.
    case societe(name: String, kind: String, website: String?, facts: NewEntryFacts? = nil)
    /// `content/metiers/<key>.md`; the key defaults to the label's slug, the order to the last one plus one.
    case metier(title: String, label: String, order: Int?, key: String?)
    /// `content/pages/<slug>.md`.
    case page(title: String, description: String?)
}

/// What a Wikidata item gives the entry `new --wikidata` creates; the item is its source.
struct NewEntryFacts: Sendable, Equatable {
    /// The item's id, after any redirect.
    let item: String
    /// From the item's name statements; nil to guess it.
    let sortName: String?
    /// Normalised, valid handles, in the pages' order of networks.
    let accounts: [Account]
    let website: String?
    let feed: String?

    /// The lines the facts write: `wikidata`, `source` (the item's page), `website` and `feed` when the item
    /// gives them (`website` wins over Wikidata's), then the accounts — or, without any, every network as a
    /// comment.
    func lines(website given: String?) -> [String] {
        var lines = ["wikidata: \(item)", "source: \(YAMLScalar.quoted("https://www.wikidata.org/wiki/\(item)"))"]
        if let website = given ?? website { lines.append("website: \(YAMLScalar.quoted(website))") }
        if let feed { lines.append("feed: \(YAMLScalar.quoted(feed))") }
        guard !accounts.isEmpty else { return lines + NewEntry.accountsSkeleton }
        return lines + ["accounts:"] + accounts.map { "  \($0.network.rawValue): \(YAMLScalar.plainOrQuoted($0.handle))" }
    }
}

/// What `new` needs to know about the site already there.
struct ExistingContent: Sendable, Equatable {
    /// Métier keys (file names in `content/metiers/`) with their `order`, nil where it could not be read.
    var metiers: [String: Int?] = [:]
    /// Société keys (file names in `content/societes/`).
    var societeKeys: Set<String> = []
    /// Paths of the entries already there, relative to the root: `content/profils/x.md`.
    var paths: Set<String> = []
}

/// A file to write: its path relative to the site's root, and its text.
struct NewFile: Sendable, Equatable {
    let path: String
    let text: String
}

/// A reason `new` refuses to create the file, printed as `error: message` and `  hint: …`.
struct NewEntryProblem: Sendable, Equatable {
    let message: String
    let hint: String?
    /// A mistake in the arguments themselves (exit 2), rather than a clash with the site's content (exit 1).
    let isUsageError: Bool
}

/// Every problem found, so that one run reports all of them.
struct NewEntryFailure: Error, Sendable, Equatable {
    let problems: [NewEntryProblem]
}

extension NewEntry {
    /// The file to create, or every reason not to. `today` fills a profile's `added`.
    func file(in site: ExistingContent, today: LocalDate) throws(NewEntryFailure) -> NewFile {
        var problems: [NewEntryProblem] = []
        func usage(_ message: String, _ hint: String? = nil) {
            problems.append(NewEntryProblem(message: message, hint: hint, isUsageError: true))
        }
        func slug(of text: String, _ what: String) -> String {
            let slug = Slug.make(from: text)
            if text.isEmpty {
                usage("the \(what) must not be empty")
            } else if slug.isEmpty {
                usage("the \(what) '\(text)' gives an empty file name", "file names need letters a–z or digits")
            }
            return slug
        }
        func oneLine(_ text: String?, _ what: String) -> String? {
            guard let text = text?.trimmingWhitespace(), !text.isEmpty else { return nil }
            // A line break would turn a one-line field into several lines on every page that shows it.
            let breaks = text.unicodeScalars.contains {
                $0.properties.generalCategory == .control || $0.value == 0x2028 || $0.value == 0x2029
            }
            if breaks {
                usage("the \(what) must be one line of text, without line breaks or control characters")
            }
            return text
        }

        let key: String
        let folder: String
        let lines: [String]
        let body: String
        let whenTaken: String
        switch self {
        case .profile(let name, let metiers, let societes, let role, let isOrganization, let facts):
            let name = oneLine(name, "name") ?? ""
            key = slug(of: name, "name")
            folder = "profils"
            let metiers = metiers.uniqued()
            let societes = societes.uniqued()
            problems += Self.unknown(metiers, in: Set(site.metiers.keys), "métier", folder: "metiers")
            problems += Self.unknown(societes, in: site.societeKeys, "société", folder: "societes")
            lines = Self.profileLines(
                name: name, metiers: metiers, societes: societes, role: oneLine(role, "role"),
                isOrganization: isOrganization, today: today, facts: facts)
            body = "Présentation en quelques phrases."
            whenTaken = "edit it, or add what tells them apart to the name (a middle name, an initial)"
        case .societe(let name, let kind, let website, let facts):
            let name = oneLine(name, "name") ?? ""
            key = slug(of: name, "name")
            folder = "societes"
            let kinds = SocieteKind.allCases.map(\.rawValue)
            if SocieteKind(rawValue: kind) == nil {
                let hint = Suggestion.hint(for: kind, in: kinds) ?? "kinds: \(kinds.joined(separator: ", "))"
                usage("unknown société kind '\(kind)'", hint)
            }
            if let website, !Self.isWebAddress(website) {
                usage("--website '\(website)' is not an absolute http(s) URL", "write the full address: https://www.example.fr/")
            }
            lines = ["name: \(YAMLScalar.quoted(name))", "kind: \(kind)"]
                + (facts?.lines(website: website)
                    ?? (website.map { ["website: \(YAMLScalar.quoted($0))"] } ?? ["# website: https://www.example.fr/"])
                    + [Self.sourceComment] + Self.accountsSkeleton)
            body = "Présentation de la société en quelques phrases."
            whenTaken = "edit it, or add what tells them apart to the name"
        case .metier(let title, let label, let order, let givenKey):
            let title = oneLine(title, "title") ?? ""
            let label = oneLine(label, "label") ?? ""
            if title.isEmpty { usage("the title must not be empty", "for example: \"Productrices et producteurs\"") }
            if label.isEmpty, givenKey != nil { usage("the label must not be empty", "for example: --label Production") }
            if let givenKey {
                key = givenKey
                if !Slug.isValid(givenKey) {
                    let suggestion = Slug.make(from: givenKey)
                    usage(
                        "--key '\(givenKey)' is not a valid key",
                        suggestion.isEmpty ? "keys are lowercase ASCII words joined by hyphens" : "did you mean '\(suggestion)'?")
                }
            } else {
                key = slug(of: label, "label")
            }
            folder = "metiers"
            let order = order ?? Self.nextOrder(site.metiers)
            lines = ["title: \(YAMLScalar.quoted(title))", "label: \(YAMLScalar.quoted(label))", "order: \(order)"]
            body = "Description du métier en quelques phrases."
            whenTaken = "edit it, or choose another key with --key"
        case .page(let title, let description):
            let title = oneLine(title, "title") ?? ""
            key = slug(of: title, "title")
            folder = "pages"
            // The build refuses these names too (`url-collision`): refused here before the file exists.
            if SitePaths.reservedNames.contains(key) {
                usage("a page '\(key)' would replace the generator's /\(key)/ section", "choose another title")
            }
            let description = oneLine(description, "description")
            lines = ["title: \(YAMLScalar.quoted(title))"] + (description.map { ["description: \(YAMLScalar.quoted($0))"] } ?? [])
            body = "Texte de la page."
            whenTaken = "edit it, or choose another title"
        }

        let path = "content/\(folder)/\(key).md"
        if !key.isEmpty, site.paths.contains(path) {
            problems.append(NewEntryProblem(message: "\(path) already exists", hint: whenTaken, isUsageError: false))
        }
        guard problems.isEmpty else { throw NewEntryFailure(problems: problems) }
        return NewFile(path: path, text: (["---"] + lines + ["---", body]).joined(separator: "\n") + "\n")
    }

    private static func profileLines(
        name: String, metiers: [String], societes: [String], role: String?, isOrganization: Bool, today: LocalDate,
        facts: NewEntryFacts?
    ) -> [String] {
        var lines = ["name: \(YAMLScalar.quoted(name))"]
        if !isOrganization, let sortName = facts?.sortName {
            lines.append("sort_name: \(YAMLScalar.quoted(sortName))")
        } else if !isOrganization, let sortName = SortNameGuess.guess(for: name) {
            // Only a guess ("Jean de La Fontaine" → "La Fontaine, Jean de"): the comment says to check it.
            lines.append("sort_name: \(YAMLScalar.quoted(sortName))  # guessed: check it")
        }
        if isOrganization { lines.append("kind: organization") }
        lines.append("professions: [\(metiers.joined(separator: ", "))]")
        if let role { lines.append("role: \(YAMLScalar.quoted(role))") }
        if !societes.isEmpty { lines.append("companies: [\(societes.joined(separator: ", "))]") }
        lines.append("added: \(today.iso)")
        if let facts { return lines + facts.lines(website: nil) }
        return lines + [sourceComment, "# website: https://www.example.fr/"] + accountsSkeleton
    }

    static let sourceComment =
        "# source: https://www.example.fr/  # where the information comes from: a text, a URL, or a list of them"

    /// Every network of the README's table, commented out, with a handle that passes its rules once uncommented.
    static let accountsSkeleton = [
        "# accounts:",
        "#   bluesky: nom.bsky.social",
        "#   mastodon: nom@instance.example",
        "#   x: nom_x",
        "#   instagram: nom.insta",
        "#   threads: nom.insta",
        "#   letterboxd: nom",
        "#   youtube: \"@NomDeLaChaine\"",
        "#   tiktok: nom.tiktok",
        "#   linkedin: nom-prenom",
    ]

    private static func unknown(_ keys: [String], in known: Set<String>, _ noun: String, folder: String) -> [NewEntryProblem] {
        keys.filter { !known.contains($0) }.map { key in
            NewEntryProblem(
                message: "unknown \(noun) '\(key)'",
                hint: Suggestion.hint(for: key, in: known.sorted()) ?? "\(noun)s are the files of content/\(folder)/",
                isUsageError: false)
        }
    }

    /// One more than the highest order; when a file's order could not be read, at least the count plus one,
    /// so that the new métier still comes last.
    static func nextOrder(_ metiers: [String: Int?]) -> Int {
        let highest = metiers.values.compactMap { $0 }.max() ?? 0
        return metiers.values.contains(where: { $0 == nil }) ? max(highest, metiers.count) + 1 : highest + 1
    }

    /// The build's rule for `website`: http(s), a host, no spaces, quotes or angle brackets.
    static func isWebAddress(_ text: String) -> Bool {
        let lowered = text.lowercased()
        guard let scheme = ["https://", "http://"].first(where: lowered.hasPrefix) else { return false }
        let host = lowered.dropFirst(scheme.count).prefix(while: { $0 != "/" && $0 != "?" && $0 != "#" })
        return !host.isEmpty && !text.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" })
    }
}
