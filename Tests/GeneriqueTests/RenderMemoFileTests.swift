import Foundation
import GeneriqueBuild
import GeneriqueContent
import GeneriqueCore
import GeneriqueIndex
@testable import GeneriqueRender
import Testing

/// The render memo a one-off build keeps beside the output: rendered cards and the template check.
@Suite struct RenderMemoFileTests {
    private func renderer(_ tree: SourceTree, memo: RenderMemo = RenderMemo()) async throws -> PageRenderer {
        let content = try #require(await ContentLoader.load(tree).content)
        let templates = try #require(TemplateSet.load(from: tree).0)
        return await PageRenderer(templates: templates, index: SiteIndex(content: content, includeDrafts: false), memo: memo)
    }

    @Test func persistedCardsAreReused() async throws {
        let tree = TestSite.generated(count: 12, variant: 0)
        let first = try await renderer(tree)
        let memo = try #require(RenderMemo(persisted: first.memo(recording: []).persisted))
        #expect(memo.cards == first.views.renderedCards)

        // A kept card is used as it is, not rendered again: a marker put in its HTML reaches the group page.
        var cards = memo.cards
        cards["p3"] = try #require(cards["p3"]).withHTML("<li>MARQUEUR</li>")
        let marked = RenderMemo(templatesFingerprint: try #require(memo.templatesFingerprint), cards: cards)
        let second = try await renderer(tree, memo: try #require(RenderMemo(persisted: marked.persisted)))
        let page = second.render(.metier(0))
        #expect(String(decoding: page.bytes, as: UTF8.self).contains("MARQUEUR"))
    }

    @Test func damagedMemosAreRefused() async throws {
        let first = try await renderer(TestSite.generated(count: 5, variant: 0))
        let bytes = first.memo(recording: []).persisted
        #expect(RenderMemo(persisted: []) == nil)
        #expect(RenderMemo(persisted: Array(bytes.dropLast(3))) == nil)
        #expect(RenderMemo(persisted: bytes + [0]) == nil)
    }

    /// A damaged file beside the output costs time, never correctness.
    @Test func aDamagedFileMeansRenderingEverything() async throws {
        let root = TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("public")
        try TestSite.write(TestSite.generated(count: 20, variant: 0), to: root)
        #expect(try await SiteBuilder.build(BuildOptions(root: root, output: output)).succeeded)
        let file = root.appendingPathComponent(".public.render.generique-cache")
        var bytes = try [UInt8](Data(contentsOf: file))
        bytes[bytes.count - 10] ^= 0xFF
        try Data(bytes).write(to: file)
        try TestSite.write(TestSite.generated(count: 20, variant: 1), to: root)
        #expect(try await SiteBuilder.build(BuildOptions(root: root, output: output)).succeeded)
        let clean = root.appendingPathComponent("clean")
        #expect(try await SiteBuilder.build(BuildOptions(root: root, output: clean)).succeeded)
        #expect(FolderSnapshot.read(output) == FolderSnapshot.read(clean))
    }
}
