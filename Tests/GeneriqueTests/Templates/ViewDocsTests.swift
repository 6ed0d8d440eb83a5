import Foundation
import GeneriqueTemplates
import Testing

@testable import GeneriqueRender

/// The documentation's list of the views' fields (`docs/templates.md`) is the one the views declare. Re-record after an intended change
/// with `RECORD_FIXTURES=1 swift test --filter ViewDocsTests`.
@Suite struct ViewDocsTests {
    private static let open = "<!-- view-fields -->\n"
    private static let close = "<!-- /view-fields -->"

    @Test func theDocumentationListsEveryFieldOfEveryView() throws {
        let url = TestPaths.packageRoot.appendingPathComponent("docs/templates.md")
        let readme = try String(contentsOf: url, encoding: .utf8)
        let start = try #require(readme.range(of: Self.open))
        let end = try #require(readme.range(of: Self.close, range: start.upperBound..<readme.endIndex))
        let generated = "\n" + TemplateViewDocs.markdown(TemplateSet.roots) + "\n"
        if ProcessInfo.processInfo.environment["RECORD_FIXTURES"] != nil {
            try (readme[..<start.upperBound] + generated + readme[end.lowerBound...]).write(to: url, atomically: true, encoding: .utf8)
            return
        }
        #expect(String(readme[start.upperBound..<end.lowerBound]) == generated, "re-record with RECORD_FIXTURES=1")
    }
}
