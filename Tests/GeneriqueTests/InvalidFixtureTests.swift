import Foundation
import GeneriqueBuild
import GeneriqueCore
import Testing

/// Every folder of `Tests/Fixtures/Invalid/` is a small site with mistakes; `expected.txt` holds the exact
/// diagnostics (`path:line:col: severity: message [code]` and hint lines) a build must report.
/// A case without `templates/` uses the basic fixture's templates. The time limit makes a check that never
/// ends a failure rather than a hung run. Re-record after an intended change with
/// `RECORD_FIXTURES=1 swift test --filter InvalidFixtureTests`.
@Suite(.timeLimit(.minutes(1))) struct InvalidFixtureTests {
    static let folder = TestPaths.fixtures.appendingPathComponent("Invalid")

    /// The day the cases are built on, so that warnings about future dates do not change with the calendar.
    static let today = LocalDate(iso: "2026-06-15")!

    static let cases: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }()

    @Test func thereAreEnoughCases() async {
        #expect(Self.cases.count >= 30)
    }

    @Test(arguments: cases)
    func reportsExactlyTheExpectedDiagnostics(name: String) async throws {
        let caseFolder = Self.folder.appendingPathComponent(name)
        let (tree, readDiagnostics) = try await Self.tree(for: caseFolder)
        let result = await SiteGenerator.generate(tree, today: Self.today)
        let report = (readDiagnostics + result.diagnostics).sorted().map(\.formatted).joined(separator: "\n") + "\n"
        let expectedFile = caseFolder.appendingPathComponent("expected.txt")
        if OutputComparison.isRecording {
            try Data(report.utf8).write(to: expectedFile)
            return
        }
        let expected = try String(contentsOf: expectedFile, encoding: .utf8)
        #expect(report == expected, "re-record with RECORD_FIXTURES=1 if the change is intended")
        #expect(!result.diagnostics.isEmpty, "an invalid case must report something")
        if result.diagnostics.containsErrors { #expect(result.files == nil) }
    }

    /// The case's files, plus the basic fixture's templates when the case has none of its own.
    static func tree(for caseFolder: URL) async throws -> (SourceTree, [Diagnostic]) {
        let hasTemplates = FileManager.default.fileExists(atPath: caseFolder.appendingPathComponent("templates").path)
        if hasTemplates { return try await SourceReader.read(root: caseFolder) }
        let (content, diagnostics) = try await SourceReader.read(folders: ["content"], root: caseFolder)
        return (SourceTree(files: content.files + TestSite.templateFiles), diagnostics)
    }
}
