import Foundation
import GeneriqueBuild
import GeneriqueCore
import Testing

/// Builds `Fixtures/Sites/<case>/` and compares every output file with `expected/`.
/// Re-record after an intended change with `RECORD_FIXTURES=1 swift test --filter FixtureSiteTests`.
@Suite struct FixtureSiteTests {
    @Test(arguments: ["basic"])
    func outputMatchesExpectedFiles(site: String) async throws {
        let folder = TestPaths.fixtures.appendingPathComponent("Sites/\(site)")
        let (tree, readDiagnostics) = try await SourceReader.read(root: folder)
        let result = await SiteGenerator.generate(tree)
        #expect(readDiagnostics.isEmpty)
        #expect(result.diagnostics.map(\.formatted) == [])
        let files = try #require(result.files)
        let expected = folder.appendingPathComponent("expected")
        if OutputComparison.isRecording {
            try OutputComparison.record(files, into: expected)
            return
        }
        let differences = OutputComparison.differences(files, expectedFolder: expected)
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))\n(re-record with RECORD_FIXTURES=1)")
    }
}
