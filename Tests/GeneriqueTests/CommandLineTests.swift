import Foundation
import GeneriqueCLI
import Testing

/// The CLI's exit codes, run in-process.
@Suite(.serialized) struct CommandLineTests {
    @Test func usageErrorsExitWithTwo() async {
        #expect(await GeneriqueCommand.execute(["build", "--no-such-option"]) == 2)
        #expect(await GeneriqueCommand.execute(["build", "--base-url", "not a url"]) == 2)
    }

    /// An output folder among the sources would be read back as content by every later build: refused as a
    /// usage error before anything is written, however the path is spelt.
    @Test func anOutputAmongTheSourcesIsAUsageError() async throws {
        let root = TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try TestSite.write(TestSite.tree(["metiers/production.md": TestSite.metier("P", label: "Production", order: 1)]), to: root)
        let link = root.appendingPathComponent("lien")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: root.appendingPathComponent("content"))
        let before = FolderSnapshot.read(root)
        for output in [
            root.appendingPathComponent("content/x").path, root.appendingPathComponent("templates/sortie").path,
            root.path, root.deletingLastPathComponent().path, link.appendingPathComponent("x").path,
            root.appendingPathComponent("public/../content/y").path, root.appendingPathComponent("content").path,
        ] {
            #expect(await GeneriqueCommand.execute(["build", "--root", root.path, "--output", output]) == 2, "\(output)")
        }
        #expect(FolderSnapshot.read(root) == before, "nothing written")
        for folder in ["content/x", "templates/sortie", "content/y"] {
            #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent(folder).path))
        }
        #expect(await GeneriqueCommand.execute(["build", "--root", root.path, "--output", root.appendingPathComponent("sortie").path]) == 0)
    }

    @Test func contentErrorsExitWithOneAndCheckWritesNothing() async throws {
        let root = TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        for file in TestSite.tree(["profils/a.md": "---\nname: A\nprofessions: [inconnu]\n---\n"]).files {
            let url = root.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.bytes).write(to: url)
        }
        #expect(await GeneriqueCommand.execute(["check", "--root", root.path]) == 1)
        let output = root.appendingPathComponent("out").path
        #expect(await GeneriqueCommand.execute(["build", "--root", root.path, "--output", output]) == 1)
        #expect(!FileManager.default.fileExists(atPath: output))

        try FileManager.default.removeItem(at: root.appendingPathComponent("content/profils/a.md"))
        #expect(await GeneriqueCommand.execute(["build", "--root", root.path, "--output", output]) == 0)
        #expect(FileManager.default.fileExists(atPath: output + "/index.html"))

        #expect(await GeneriqueCommand.execute(["build", "--root", root.path]) == 0)

        // An unused société is a warning: fine normally, an error with --strict.
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("content/societes"), withIntermediateDirectories: true)
        try Data(TestSite.societe("Gaumont").utf8).write(to: root.appendingPathComponent("content/societes/gaumont.md"))
        #expect(await GeneriqueCommand.execute(["check", "--root", root.path]) == 0)
        #expect(await GeneriqueCommand.execute(["check", "--root", root.path, "--strict"]) == 1)
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("public/index.html").path))
    }
}
