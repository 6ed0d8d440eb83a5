import Foundation
import GeneriqueBuild
import GeneriqueCore
import Synchronization
import Testing

/// A build whose only changes are the HTML of some bios makes just those pages (`QuickRebuild`); whatever
/// else changed, it must see it and make the whole site. Either way the output equals a clean build.
@Suite struct QuickRebuildTests {
    /// A long first paragraph: it is the whole summary, so later paragraphs reach only the profile's page.
    private static let opening = String(repeating: "Productrice indépendante, elle accompagne des premiers films. ", count: 6)

    private static func bio(_ index: Int, extra: String = "", dated: Bool = false) -> String {
        // Dated profiles are in the Atom feed (its 50 newest), which shows their summary.
        let added = dated ? "added: 2024-\(String(format: "%02d-%02d", 1 + index / 28, 1 + index % 28))\n" : ""
        return "---\nname: Personne \(index)\nprofessions: [production]\n\(added)---\n\(opening)\n\nSecond paragraphe.\(extra)\n"
    }

    private static func site(count: Int, drafts: Set<Int> = [], dated: Set<Int> = []) -> SourceTree {
        var files = [
            "metiers/production.md": TestSite.metier("Productrices et producteurs", label: "Production", order: 1),
            // Nobody lists it: a warning every build reports.
            "metiers/montage.md": TestSite.metier("Monteuses et monteurs", label: "Montage", order: 2),
        ]
        for index in 0..<count {
            files["profils/p\(index).md"] = bio(index, dated: dated.contains(index)).replacingOccurrences(
                of: "---\n\(opening)", with: drafts.contains(index) ? "draft: true\n---\n\(opening)" : "---\n\(opening)")
        }
        return TestSite.tree(files)
    }

    /// Records whether a build announced a quick rebuild.
    private final class ProgressLog: Sendable {
        let events = Mutex<[BuildProgress]>([])
        var wasQuick: Bool { events.withLock { $0.contains(.quickRebuildPlanned) } }
    }

    private struct Site {
        let root = TestPaths.temporaryFolder()
        var output: URL { root.appendingPathComponent("public") }

        func build(into output: URL? = nil, drafts: Bool = false, today: LocalDate? = nil) async throws
            -> (report: BuildReport, quick: Bool)
        {
            let log = ProgressLog()
            let options = BuildOptions(
                root: root, output: output ?? self.output, includeDrafts: drafts, today: today,
                onProgress: { event in log.events.withLock { $0.append(event) } })
            let report = try await SiteBuilder.build(options)
            return (report, log.wasQuick)
        }

        /// Whether the output equals a clean build of the same sources.
        func equalsCleanBuild(drafts: Bool = false) async throws -> Bool {
            let clean = root.appendingPathComponent("clean-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: clean) }
            #expect(try await build(into: clean, drafts: drafts).report.succeeded)
            return FolderSnapshot.read(output) == FolderSnapshot.read(clean)
        }

        func write(_ relative: String, _ text: String) throws {
            let url = root.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }

        func inode(_ path: String) -> UInt64 {
            var info = stat()
            return lstat(output.appendingPathComponent(path).path, &info) == 0 ? UInt64(info.st_ino) : 0
        }
    }

    @Test func aBioEditMakesOnlyItsPageAndEqualsACleanBuild() async throws {
        let site = Site()
        defer { try? FileManager.default.removeItem(at: site.root) }
        try TestSite.write(Self.site(count: 12), to: site.root)
        let first = try await site.build()
        #expect(first.report.succeeded && !first.quick)
        for round in 1...3 {
            let kept = site.inode("profils/p1/index.html")
            let edited = site.inode("profils/p3/index.html")
            try site.write("content/profils/p3.md", Self.bio(3, extra: " Mise à jour \(round) : *nouvelle* phrase, R&D."))
            let rebuilt = try await site.build()
            #expect(rebuilt.report.succeeded && rebuilt.quick, "round \(round)")
            #expect(rebuilt.report.statistics.parsedFiles == 1)
            #expect(rebuilt.report.statistics.neverVerified == 12, "the record keeps the summary's counts")
            #expect(rebuilt.report.statistics.unchanged == rebuilt.report.statistics.files - 1)
            #expect(site.inode("profils/p1/index.html") == kept, "an unchanged page stays the same file")
            #expect(site.inode("profils/p3/index.html") != edited)
            let page = try String(contentsOf: site.output.appendingPathComponent("profils/p3/index.html"), encoding: .utf8)
            #expect(page.contains("Mise à jour \(round)"))
            #expect(try await site.equalsCleanBuild())
        }
        // Nothing changed at all: nothing is parsed, nothing rewritten.
        let again = try await site.build()
        #expect(again.quick && again.report.statistics.parsedFiles == 0)
        #expect(again.report.statistics.unchanged == again.report.statistics.files)
    }

    @Test func editsThatReachOtherPagesMakeTheWholeSite() async throws {
        let site = Site()
        defer { try? FileManager.default.removeItem(at: site.root) }
        try TestSite.write(Self.site(count: 12, dated: [2]), to: site.root)
        #expect(try await site.build().report.succeeded)
        let card = site.root.appendingPathComponent("templates/partials/profile-card.mustache")
        let cardText = try String(contentsOf: card, encoding: .utf8)
        let edits: [(String, () throws -> Void)] = [
            ("the summary of a profile in the feed", {
                try site.write("content/profils/p2.md", Self.bio(2, dated: true).replacingOccurrences(of: "accompagne", with: "soutient"))
            }),
            ("the front matter", { try site.write("content/profils/p4.md", Self.bio(4).replacingOccurrences(of: "name: Personne 4", with: "name: Personne Quatre")) }),
            ("a template", { try Data(cardText.replacingOccurrences(of: "<li>", with: "<li class=\"carte\">").utf8).write(to: card) }),
            ("a new profile", { try site.write("content/profils/p99.md", Self.bio(99)) }),
            ("a removed profile", { try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/profils/p5.md")) }),
            ("site.yml", { try site.write("content/site.yml", TestSite.siteYAML.replacingOccurrences(of: "Le guide de test.", with: "Un autre guide.")) }),
            ("an editor's swap file", { try site.write("content/profils/.p1.md.swp", "swap") }),
        ]
        for (what, edit) in edits {
            try edit()
            let whole = try await site.build()
            #expect(whole.report.succeeded && !whole.quick, "\(what)")
            #expect(try await site.equalsCleanBuild(), "\(what)")
            // The record the whole build left serves the next bio edit.
            try site.write("content/profils/p6.md", Self.bio(6, extra: " Après : \(what)."))
            let quick = try await site.build()
            #expect(quick.report.succeeded && quick.quick, "after \(what)")
            #expect(try await site.equalsCleanBuild(), "after \(what)")
        }
    }

    /// Outside the feed, a bio's summary shows only in its page's description: editing the first paragraph is
    /// a quick rebuild too.
    @Test func aSummaryEditOutsideTheFeedIsQuick() async throws {
        let site = Site()
        defer { try? FileManager.default.removeItem(at: site.root) }
        try TestSite.write(Self.site(count: 12, dated: [1]), to: site.root)
        #expect(try await site.build().report.succeeded)
        try site.write("content/profils/p3.md", Self.bio(3).replacingOccurrences(of: "accompagne", with: "soutient"))
        let rebuilt = try await site.build()
        #expect(rebuilt.report.succeeded && rebuilt.quick)
        let page = try String(contentsOf: site.output.appendingPathComponent("profils/p3/index.html"), encoding: .utf8)
        #expect(page.contains("<meta name=\"description\" content=\"Productrice indépendante, elle soutient"))
        #expect(try await site.equalsCleanBuild())
    }

    /// A profile can enter the feed without its file changing (a newer one removed): from then on its summary
    /// reaches the feed, and editing it must make the whole site.
    @Test func aProfileThatEntersTheFeedHasItsSummaryWatched() async throws {
        let site = Site()
        defer { try? FileManager.default.removeItem(at: site.root) }
        // p0 and p1 are the oldest of 52 dated profiles: outside the feed of the 50 newest.
        try TestSite.write(Self.site(count: 52, dated: Set(0..<52)), to: site.root)
        #expect(try await site.build().report.succeeded)
        try site.write("content/profils/p0.md", Self.bio(0, dated: true).replacingOccurrences(of: "accompagne", with: "soutient"))
        #expect(try await site.build().quick, "p0 is outside the feed")
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/profils/p51.md"))
        #expect(try await !site.build().quick)
        try site.write("content/profils/p1.md", Self.bio(1, dated: true).replacingOccurrences(of: "accompagne", with: "soutient"))
        let rebuilt = try await site.build()
        #expect(rebuilt.report.succeeded && !rebuilt.quick, "p1 is in the feed now")
        #expect(try await site.equalsCleanBuild())
    }

    @Test func aHandEditedOutputIsRepairedEvenWhenOnlyABioChanged() async throws {
        let site = Site()
        defer { try? FileManager.default.removeItem(at: site.root) }
        try TestSite.write(Self.site(count: 8), to: site.root)
        #expect(try await site.build().report.succeeded)
        try Data("tampered".utf8).write(to: site.output.appendingPathComponent("profils/p5/index.html"))
        try site.write("content/profils/p3.md", Self.bio(3, extra: " Modifiée."))
        #expect(try await site.build().report.succeeded)
        #expect(try await site.equalsCleanBuild())
    }

    /// A quick rebuild changes the published folder in place: whatever was added to it by hand must make the
    /// build a whole one, which publishes a clean site.
    @Test func filesAddedToTheOutputByHandMakeTheWholeSite() async throws {
        let site = Site()
        defer { try? FileManager.default.removeItem(at: site.root) }
        try TestSite.write(Self.site(count: 8), to: site.root)
        #expect(try await site.build().report.succeeded)
        for (round, stray) in ["profils/p1/ajout.html", "ajout.html", "nouveau/page.html", "profils/p9/index.html"].enumerated() {
            let url = site.output.appendingPathComponent(stray)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("ajouté à la main".utf8).write(to: url)
            try site.write("content/profils/p3.md", Self.bio(3, extra: " Tour \(round)."))
            let rebuilt = try await site.build()
            #expect(rebuilt.report.succeeded && !rebuilt.quick, "\(stray)")
            #expect(!FileManager.default.fileExists(atPath: url.path), "\(stray)")
            #expect(try await site.equalsCleanBuild(), "\(stray)")
        }
    }

    @Test func warningsAreReportedAgainAndDraftsStayOut() async throws {
        let site = Site()
        defer { try? FileManager.default.removeItem(at: site.root) }
        try TestSite.write(Self.site(count: 8, drafts: [2]), to: site.root)
        let first = try await site.build()
        #expect(first.report.diagnostics.map(\.code) == ["empty-metier"])
        try site.write("content/profils/p2.md", Self.bio(2, extra: " Brouillon.").replacingOccurrences(
            of: "---\n\(Self.opening)", with: "draft: true\n---\n\(Self.opening)"))
        let rebuilt = try await site.build()
        #expect(rebuilt.quick && rebuilt.report.diagnostics == first.report.diagnostics)
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("profils/p2").path))
        #expect(try await site.equalsCleanBuild())
        // With --drafts the record of a build without does not hold.
        let withDrafts = try await site.build(drafts: true)
        #expect(!withDrafts.quick && FileManager.default.fileExists(atPath: site.output.appendingPathComponent("profils/p2").path))
    }

    /// A bio edit that breaks something is reported with its position like in any build, and publishes nothing.
    /// Warnings about future dates depend on the day: a record made on another day is not replayed.
    @Test func aRecordFromAnotherDayMeansAWholeBuild() async throws {
        let site = Site()
        defer { try? FileManager.default.removeItem(at: site.root) }
        try TestSite.write(Self.site(count: 6, dated: [0]), to: site.root)
        let monday = try #require(LocalDate(iso: "2023-12-25"))
        func futureDates(_ report: BuildReport) -> [String] {
            report.diagnostics.filter { $0.code == "future-date" }.map(\.location.path)
        }
        let first = try await site.build(today: monday)
        #expect(first.report.succeeded && futureDates(first.report) == ["content/profils/p0.md"])

        try site.write("content/profils/p3.md", Self.bio(3, extra: " Le même jour."))
        let sameDay = try await site.build(today: monday)
        #expect(sameDay.quick && futureDates(sameDay.report) == ["content/profils/p0.md"])

        try site.write("content/profils/p3.md", Self.bio(3, extra: " Un mois plus tard."))
        let later = try await site.build(today: monday.adding(days: 30))
        #expect(!later.quick)
        #expect(later.report.succeeded && futureDates(later.report).isEmpty)
        #expect(try await site.equalsCleanBuild())
    }

    @Test func aBioEditWithAnErrorIsReportedAndPublishesNothing() async throws {
        let site = Site()
        defer { try? FileManager.default.removeItem(at: site.root) }
        try TestSite.write(Self.site(count: 6), to: site.root)
        #expect(try await site.build().report.succeeded)
        let before = FolderSnapshot.read(site.output)
        try site.write("content/profils/p2.md", Self.bio(2, extra: " Voir [la fiche](/profils/inconnue/)."))
        let broken = try await site.build()
        #expect(!broken.report.succeeded && !broken.quick)
        let problem = broken.report.diagnostics.first { $0.severity == .error }
        #expect(problem?.code == "broken-link")
        #expect(problem?.location.path == "content/profils/p2.md" && problem?.location.line == 7)
        #expect(FolderSnapshot.read(site.output) == before)
        // Fixed, the next build is quick again.
        try site.write("content/profils/p2.md", Self.bio(2, extra: " Corrigée."))
        let fixed = try await site.build()
        #expect(fixed.report.succeeded && fixed.quick)
        #expect(try await site.equalsCleanBuild())
    }

    @Test func anEditGivenBackItsModificationTimeIsStillSeen() async throws {
        let site = Site()
        defer { try? FileManager.default.removeItem(at: site.root) }
        try TestSite.write(Self.site(count: 6), to: site.root)
        let file = site.root.appendingPathComponent("content/profils/p1.md")
        let old = Date(timeIntervalSince1970: 1_700_000_000)
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: file.path)
        #expect(try await site.build().report.succeeded)
        // Same size, same modification time: only the change time (which cannot be set back) tells.
        try Data(Self.bio(1).replacingOccurrences(of: "Second", with: "Dernier").utf8).write(to: file)
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: file.path)
        #expect(try await site.build().report.succeeded)
        let page = try String(contentsOf: site.output.appendingPathComponent("profils/p1/index.html"), encoding: .utf8)
        #expect(page.contains("Dernier paragraphe"))
    }

    @Test func aDamagedRecordMeansAWholeBuild() async throws {
        let site = Site()
        defer { try? FileManager.default.removeItem(at: site.root) }
        try TestSite.write(Self.site(count: 6), to: site.root)
        #expect(try await site.build().report.succeeded)
        let record = site.root.appendingPathComponent(".public.build.generique-cache")
        var bytes = try [UInt8](Data(contentsOf: record))
        #expect(bytes.count > 100)
        for damage in 0..<3 {
            var damaged = bytes
            switch damage {
            case 0: damaged[damaged.count / 2] ^= 0x40
            case 1: damaged.removeLast(damaged.count / 3)
            default: damaged = Array("not a record".utf8)
            }
            try Data(damaged).write(to: record)
            try site.write("content/profils/p2.md", Self.bio(2, extra: " Essai \(damage)."))
            let rebuilt = try await site.build()
            #expect(rebuilt.report.succeeded && !rebuilt.quick, "damage \(damage)")
            #expect(try await site.equalsCleanBuild(), "damage \(damage)")
            bytes = try [UInt8](Data(contentsOf: record))
        }
    }
}
