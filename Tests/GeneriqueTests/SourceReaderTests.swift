import Foundation
import GeneriqueBuild
import GeneriqueCore
import Testing

@Suite struct SourceReaderTests {
    private func site() throws -> URL {
        let root = TestPaths.temporaryFolder()
        for folder in ["content/profils", "templates"] {
            try FileManager.default.createDirectory(
                at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        return root
    }

    @Test func refusesSymbolicLinksThatLeaveTheirFolder() async throws {
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createSymbolicLink(
            atPath: root.appendingPathComponent("content/profils/secret.md").path, withDestinationPath: "/etc/hostname")
        try FileManager.default.createSymbolicLink(
            atPath: root.appendingPathComponent("content/theme").path,
            withDestinationPath: root.appendingPathComponent("templates").path)
        let (tree, diagnostics) = try await SourceReader.read(root: root)
        #expect(diagnostics.map { "\($0.location.path) \($0.code)" } == [
            "content/profils/secret.md symlink-outside-folder", "content/theme symlink-outside-folder",
        ])
        #expect(tree.files.isEmpty)
    }

    @Test func followsLinksInsideTheFolderAndStopsLoops() async throws {
        let root = try site()
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("---\n".utf8).write(to: root.appendingPathComponent("content/profils/a.md"))
        try FileManager.default.createSymbolicLink(
            atPath: root.appendingPathComponent("content/profils/b.md").path, withDestinationPath: "a.md")
        try FileManager.default.createSymbolicLink(
            atPath: root.appendingPathComponent("content/profils/loop").path, withDestinationPath: "..")
        let (tree, diagnostics) = try await SourceReader.read(root: root)
        #expect(tree.files.map(\.path) == ["content/profils/a.md", "content/profils/b.md"])
        #expect(diagnostics.map(\.code) == ["symlink-loop"])
    }

    @Test func aMissingFolderIsAClearFailure() async throws {
        let root = TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        await #expect(throws: BuildFailure.self) { try await SourceReader.read(root: root) }
    }
}
