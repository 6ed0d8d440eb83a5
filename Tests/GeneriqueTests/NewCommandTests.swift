import Foundation
import GeneriqueBuild
import GeneriqueContent
import GeneriqueCore
import Testing

@testable import GeneriqueCLI

/// `generique new`: files that build with zero diagnostics, checked references, no overwriting, safe quoting.
@Suite(.serialized) struct NewCommandTests {
    /// A copy of the shipped guide (`content/` and `templates/`) in a fresh temporary folder.
    private func shippedSiteCopy() throws -> URL {
        let root = TestPaths.temporaryFolder()
        for folder in ["content", "templates"] {
            try FileManager.default.copyItem(
                at: TestPaths.packageRoot.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        return root
    }

    private func new(_ arguments: [String], root: URL) async -> Int32 {
        await GeneriqueCommand.execute(["new"] + arguments + ["--root", root.path])
    }

    private func text(_ path: String, in root: URL) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    private func build(_ root: URL) async throws -> [String] {
        let options = BuildOptions(root: root, output: root.appendingPathComponent("public"), writesOutput: false)
        return try await SiteBuilder.build(options).diagnostics.map(\.formatted)
    }

    @Test func everyKindBuildsWithZeroDiagnostics() async throws {
        let root = try shippedSiteCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(await new(["metier", "Scriptes", "--label", "Script"], root: root) == 0)
        let losange = ["--societe", "les-films-du-losange"]
        let website = ["--website", "https://www.filmsdulosange.com/"]
        #expect(await new(["societe", "Les Films du Losange", "--kind", "production"] + website, root: root) == 0)
        let metiers = ["--metier", "script", "--metier", "production", "--metier", "script"]
        let role = ["--role", "Scripte et productrice"]
        #expect(await new(["profil", "Élodie Bérard"] + metiers + losange + role, root: root) == 0)
        let officialAccount = ["--organization", "--metier", "production"]
        #expect(await new(["profil", "Les Films du Losange"] + officialAccount + losange, root: root) == 0)
        #expect(await new(["page", "Nous contacter", "--description", "Écrire à la rédaction."], root: root) == 0)

        #expect(try await build(root) == [])

        // The highest shipped order is 20; the repeated --metier is written once.
        #expect(try text("content/metiers/script.md", in: root).contains("\norder: 21\n"))
        let profile = try text("content/profils/elodie-berard.md", in: root)
        #expect(profile.hasPrefix("---\nname: \"Élodie Bérard\"\nsort_name: \"Bérard, Élodie\""))
        #expect(profile.contains("\nprofessions: [script, production]\n"))
        #expect(profile.contains("\nadded: \(LocalDate.today().iso)\n"))
        let organization = try text("content/profils/les-films-du-losange.md", in: root)
        #expect(organization.contains("\nkind: organization\n") && !organization.contains("sort_name"))
        let page = try text("content/pages/nous-contacter.md", in: root)
        #expect(page.contains("description: \"Écrire à la rédaction.\""))
    }

    @Test func unknownReferencesExitWithOneAndSuggestTheKey() async throws {
        let root = try shippedSiteCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(await new(["profil", "Élodie Bérard", "--metier", "prodution", "--societe", "gaumon"], root: root) == 1)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("content/profils/elodie-berard.md").path))

        // Both problems in one run, with the build's hints.
        let existing = try NewEntryRunner.existingContent(root)
        let entry = NewEntry.profile(
            name: "Élodie Bérard", metiers: ["prodution"], societes: ["gaumon"], role: nil, isOrganization: false)
        let expected = NewEntryFailure(problems: [
            NewEntryProblem(message: "unknown métier 'prodution'", hint: "did you mean 'production'?", isUsageError: false),
            NewEntryProblem(message: "unknown société 'gaumon'", hint: "did you mean 'gaumont'?", isUsageError: false),
        ])
        #expect(throws: expected) { try entry.file(in: existing, today: LocalDate.today()) }
    }

    /// French usage: the particle de/d’ goes after the given name, articles and du/des stay and sort.
    @Test(arguments: [
        ("Jean de La Fontaine", "La Fontaine, Jean de"),
        ("Ève d'Alembert", "Alembert, Ève d'"),
        ("Ève d’Alembert", "Alembert, Ève d’"),
        ("Charles de Gaulle", "Gaulle, Charles de"),
        ("Joachim du Bellay", "du Bellay, Joachim"),
        ("Marc Missonnier", "Missonnier, Marc"),
        ("Jean-Pierre Léaud", "Léaud, Jean-Pierre"),
        ("Agnès Varda", "Varda, Agnès"),
        ("Marie-Claude Des Prés", "Des Prés, Marie-Claude"),
        ("Jeanne Le Goff", "Le Goff, Jeanne"),
        ("Marcel L'Herbier", "L'Herbier, Marcel"),
        ("Robert De Niro", "De Niro, Robert"),
        ("Anne  de   Rochefort-Lévy", "Rochefort-Lévy, Anne de"),
        ("Claire Denis", "Denis, Claire"),
    ])
    func guessedSortNamesFollowFrenchUsage(name: String, sortName: String) throws {
        let entry = NewEntry.profile(name: name, metiers: ["production"], societes: [], role: nil, isOrganization: false)
        let file = try entry.file(in: ExistingContent(metiers: ["production": 1]), today: LocalDate(iso: "2026-01-01")!)
        #expect(file.text.contains("\nsort_name: \"\(sortName)\"  # guessed: check it\n"))
    }

    @Test func aSingleNameGetsNoSortName() throws {
        let entry = NewEntry.profile(name: "Maïwenn", metiers: ["production"], societes: [], role: nil, isOrganization: false)
        let file = try entry.file(in: ExistingContent(metiers: ["production": 1]), today: LocalDate(iso: "2026-01-01")!)
        #expect(!file.text.contains("sort_name"))
    }

    /// The help's example of an official account, run on the shipped guide: its page title says once that
    /// the account is official ("Wild Bunch (compte officiel)"), not "… (officiel) (compte officiel)".
    @Test func theHelpsOfficialAccountExampleGivesAPlainTitle() async throws {
        let root = try shippedSiteCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let example = try #require(
            NewProfileCommand.configuration.discussion.replacingOccurrences(of: "\\\n", with: " ")
                .split(separator: "\n").first { $0.contains("--organization") })
        // Shell words: "quoted text" or runs of non-spaces.
        let words = example.matches(of: /"[^"]*"|\S+/).map { String($0.output).replacingOccurrences(of: "\"", with: "") }
        #expect(Array(words.prefix(3)) == ["generique", "new", "profil"])
        #expect(await new(Array(words.dropFirst(2)), root: root) == 0)
        let name = words[3]
        let (tree, _) = try await SourceReader.read(root: root)
        let built = await SiteGenerator.generate(tree)
        let page = try #require(built.files?.first { $0.path == "profils/\(Slug.make(from: name))/index.html" })
        let html = String(decoding: page.bytes, as: UTF8.self)
        #expect(html.contains("<title>\(name) (compte officiel) — "))
        #expect(!html.contains("officiel) (compte officiel)"))
    }

    @Test func anExistingFileIsNeverReplaced() async throws {
        let root = try shippedSiteCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let path = "content/profils/marc-missonnier.md"
        let before = try text(path, in: root)
        #expect(await new(["profil", "Marc Missonnier", "--metier", "production"], root: root) == 1)
        #expect(try text(path, in: root) == before)
        #expect(await new(["societe", "Gaumont", "--kind", "distribution"], root: root) == 1)
        #expect(await new(["metier", "Productrices et producteurs", "--label", "Production"], root: root) == 1)

        // Even when the file appears after the check: the write itself refuses, and leaves no temporary file.
        let file = NewFile(path: path, text: "---\nname: Autre\n---\n")
        #expect(throws: NewEntryFailure.self) { try NewEntryRunner.write(file, root: root) }
        #expect(try text(path, in: root) == before)
        let profils = root.appendingPathComponent("content/profils").path
        #expect(try FileManager.default.contentsOfDirectory(atPath: profils).allSatisfy { !$0.hasPrefix(".") })
    }

    @Test func usageErrorsExitWithTwoAndWriteNothing() async throws {
        let root = try shippedSiteCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let before = FolderSnapshot.read(root.appendingPathComponent("content"))
        for arguments in [
            ["profil", "Élodie Bérard"],  // no --metier
            ["profil", "!!!", "--metier", "production"],  // empty slug
            ["profil", "北野武", "--metier", "production"],
            ["profil", "Élodie\nBérard", "--metier", "production"],
            ["societe", "Haut et Bas", "--kind", "distibution"],
            ["societe", "Haut et Bas", "--kind", "distribution", "--website", "www.example.fr"],
            ["metier", "Scriptes", "--label", "Script", "--key", "Script Supervision"],
            ["page", "Profils"], ["page", "Données"], ["page", "Métiers"], ["page", "Recherche"],
        ] {
            #expect(await new(arguments, root: root) == 2, "\(arguments)")
        }
        #expect(FolderSnapshot.read(root.appendingPathComponent("content")) == before)

        // No content/ folder: the wrong root, most likely. A missing entry folder, though, is created.
        let bare = TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: bare) }
        #expect(await new(["page", "Essai"], root: bare) == 1)
        try FileManager.default.createDirectory(at: bare.appendingPathComponent("content"), withIntermediateDirectories: true)
        #expect(await new(["page", "Essai"], root: bare) == 0)
        #expect(FileManager.default.fileExists(atPath: bare.appendingPathComponent("content/pages/essai.md").path))
    }

    /// The arguments themselves are wrong: exit 2, whatever the site holds.
    @Test(arguments: [
        NewEntry.profile(name: " ", metiers: ["production"], societes: [], role: nil, isOrganization: false),
        NewEntry.profile(name: "A", metiers: ["production"], societes: [], role: "a\u{2028}b", isOrganization: false),
        NewEntry.societe(name: "Haut et Bas", kind: "Distribution", website: nil),
        NewEntry.societe(name: "Haut et Bas", kind: "media", website: "javascript:alert(1)"),
        NewEntry.metier(title: "", label: "Script", order: nil, key: nil),
        NewEntry.metier(title: "Scriptes", label: "", order: nil, key: "script"),
        NewEntry.metier(title: "Scriptes", label: "Script", order: nil, key: "-script"),
        NewEntry.page(title: "Sociétés", description: nil),
        NewEntry.page(title: "Assets", description: nil),
        NewEntry.page(title: "À propos", description: "Ligne\nsuivante"),
    ])
    func argumentProblemsAreUsageErrors(entry: NewEntry) throws {
        let site = ExistingContent(metiers: ["production": 1], societeKeys: [], paths: [])
        do {
            _ = try entry.file(in: site, today: LocalDate(iso: "2026-01-05")!)
            Issue.record("\(entry) was accepted")
        } catch {
            #expect(!error.problems.isEmpty && error.problems.allSatisfy(\.isUsageError))
        }
    }

    @Test(arguments: [
        "Jean \"Le Bon\" N’Diaye: test",
        "C:\\Films\\ \"x\" \\",
        "- [x] #1 & *ref !tag %p @h {a: b}, 'c'",
        "yes",
        "2026-01-05",
        "Zoë « Œuvre » — ‘ok’ …",
    ])
    func namesAndRolesReadBackExactly(name: String) async throws {
        let entry = NewEntry.profile(name: name, metiers: ["production"], societes: [], role: name, isOrganization: false)
        let file = try entry.file(in: ExistingContent(metiers: ["production": 1]), today: LocalDate(iso: "2026-01-05")!)
        let tree = TestSite.tree([
            "metiers/production.md": TestSite.metier("Productrices et producteurs", label: "Production", order: 1),
            String(file.path.dropFirst("content/".count)): file.text,
        ])
        let result = await ContentLoader.load(tree)
        #expect(result.diagnostics.map(\.formatted) == [])
        let profile = try #require(result.content?.profiles.first)
        // Read back as written, then typeset as every displayed field is.
        #expect(profile.name == FrenchTypography.apply(to: name))
        #expect(profile.role == FrenchTypography.apply(to: name))
    }

    @Test func quotingEscapesWhatYAMLCannotHoldRaw() async throws {
        let title = "a\tb\u{2028}c\u{85}d\u{FEFF}e\u{7}f\u{7F}g\u{1F}h"
        let tree = TestSite.tree(["pages/essai.md": "---\ntitle: \(YAMLScalar.quoted(title))\n---\nTexte.\n"])
        let result = await ContentLoader.load(tree)
        #expect(result.diagnostics.map(\.formatted) == [])
        #expect(result.content?.pages.first?.title == title)
    }

    /// Uncommenting the skeleton gives valid fields: its example handles pass every network's rules.
    @Test func theCommentedSkeletonIsValidOnceUncommented() async throws {
        let listed = NewEntry.accountsSkeleton.map { $0.prefix(while: { $0 != ":" }).dropFirst(4) }
        #expect(Network.allCases.allSatisfy { listed.contains(Substring($0.rawValue)) })
        let site = ExistingContent(metiers: ["production": 1], societeKeys: ["gaumont"])
        let today = LocalDate(iso: "2026-01-05")!
        let profile = try NewEntry.profile(
            name: "Élodie Bérard", metiers: ["production"], societes: ["gaumont"], role: nil, isOrganization: false
        ).file(in: site, today: today)
        let societe = try NewEntry.societe(name: "Gaumont", kind: "distribution", website: nil).file(in: site, today: today)
        func uncommented(_ text: String) -> String {
            text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.hasPrefix("# ") ? String($0.dropFirst(2)) : String($0) }.joined(separator: "\n")
        }
        let tree = TestSite.tree([
            "metiers/production.md": TestSite.metier("Productrices et producteurs", label: "Production", order: 1),
            "profils/elodie-berard.md": uncommented(profile.text), "societes/gaumont.md": uncommented(societe.text),
        ])
        let result = await ContentLoader.load(tree)
        // Both files carry the same example handles: each is one account listed twice, and only that is said.
        #expect(result.diagnostics.filter { $0.code != "duplicate-account" }.map(\.formatted) == [])
        #expect(result.diagnostics.count { $0.code == "duplicate-account" } == Network.allCases.count)
        #expect(result.content?.profiles.first?.accounts.count == Network.allCases.count)
        #expect(result.content?.societes.first?.accounts.count == Network.allCases.count)
        #expect(result.content?.profiles.first?.sources == ["https://www.example.fr/"])
    }

    @Test func theNewMetierComesAfterTheOthers() throws {
        #expect(NewEntry.nextOrder([:]) == 1)
        #expect(NewEntry.nextOrder(["a": 3, "b": 10]) == 11)
        // An order that could not be read: still after every métier there is.
        #expect(NewEntry.nextOrder(["a": 1, "b": nil, "c": 2]) == 4)
        let folder = TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("m.md")
        try Data("---\r\ntitle: T\r\norder:  7\r\n---\r\norder: 99\n".utf8).write(to: file)
        #expect(NewEntryRunner.order(in: file) == 7)
        try Data("---\ntitle: T\n---\norder: 99\n".utf8).write(to: file)
        #expect(NewEntryRunner.order(in: file) == nil)
    }

    /// The real executable prints one line on success, and the error with its hint on standard error.
    @Test func theExecutablePrintsOneLine() throws {
        let binary = CrashConsistencyTests.binary
        try #require(FileManager.default.isExecutableFile(atPath: binary.path), "build the executable first")
        let root = try shippedSiteCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        func run(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
            let finished = try ExecutableRun(["new"] + arguments + ["--root", root.path])
            return (finished.status, finished.output, finished.errors)
        }
        let created = try run(["profil", "Élodie Bérard", "--metier", "production"])
        #expect(created == (0, "Created content/profils/elodie-berard.md\n", ""))
        #expect(
            try run(["profil", "Zoé Bérard", "--metier", "prodution"])
                == (1, "", "error: unknown métier 'prodution'\n  hint: did you mean 'production'?\n"))
    }
}
