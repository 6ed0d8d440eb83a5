import Foundation
import Testing

/// Builds killed with SIGKILL at random moments must leave the output folder exactly the previous site or
/// exactly the new one, byte for byte — never a mix — and the next build cleans up after them. A quick
/// rebuild (bios only) replaces its pages one by one: killed, it leaves each of them old or new, whole, and
/// every other file as it was.
///
/// Runs the real `generique` executable (`GENERIQUE_BINARY`, or the one built beside the test runner, or
/// `.build/debug/generique`, which `make test` builds first).
@Suite(.serialized) struct CrashConsistencyTests {
    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["GENERIQUE_BINARY"] { return URL(fileURLWithPath: path) }
        // `swift test --scratch-path …` builds the executable in the runner's own folder.
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("generique")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return TestPaths.packageRoot.appendingPathComponent(".build/debug/generique")
    }

    /// Waits for `process` to end without blocking a thread: the test pool has one per core, and a test that
    /// blocks one for seconds starves the other suites' asynchronous tests (`serve`'s timed out).
    private static func finished(_ process: Process) async {
        while process.isRunning { try? await Task.sleep(for: .milliseconds(5)) }
        process.waitUntilExit()
    }

    private func run(_ root: URL, output: URL) throws -> Process {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["build", "--root", root.path, "--output", output.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test func killedBuildsLeaveOneCompleteVersion() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path), "build the executable first")
        let work = TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let roots = [work.appendingPathComponent("a"), work.appendingPathComponent("b")]
        for (variant, root) in roots.enumerated() {
            try TestSite.write(TestSite.generated(count: 250, variant: variant), to: root)
        }
        // Reference outputs, and how long a build takes.
        var references: [[String: Data]] = []
        var duration = 0.0
        for (variant, root) in roots.enumerated() {
            let reference = work.appendingPathComponent("reference-\(variant)")
            let start = Date()
            let process = try run(root, output: reference)
            await Self.finished(process)
            duration = max(duration, Date().timeIntervalSince(start))
            #expect(process.terminationStatus == 0)
            references.append(FolderSnapshot.read(reference))
        }
        #expect(references[0] != references[1])

        let output = work.appendingPathComponent("public")
        let first = try run(roots[0], output: output)
        await Self.finished(first)
        var generator = SystemRandomNumberGenerator()
        for attempt in 0..<20 {
            let process = try run(roots[(attempt + 1) % 2], output: output)
            let delay = Double.random(in: 0...duration, using: &generator)
            try await Task.sleep(for: .seconds(delay))
            kill(process.processIdentifier, SIGKILL)
            await Self.finished(process)
            let published = FolderSnapshot.read(output)
            let matches = references.filter { $0 == published }.count
            #expect(matches == 1, "attempt \(attempt), killed after \(delay) s: the output is not one complete version")
        }
        let last = try run(roots[1], output: output)
        await Self.finished(last)
        #expect(last.terminationStatus == 0)
        #expect(FolderSnapshot.read(output) == references[1])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: work.path).filter {
            $0.contains("staging") || $0.contains("previous")
        }
        #expect(leftovers.isEmpty, "the next build cleans up after killed ones")
    }

    @Test func killedQuickRebuildsLeaveEveryPageWhole() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path), "build the executable first")
        let work = TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let root = work.appendingPathComponent("site")
        // A long first paragraph, the bios' whole summary: editing the second reaches only the profile's page.
        let opening = String(repeating: "Elle produit des premiers films et des documentaires de création. ", count: 6)
        func bio(_ index: Int, version: Int) -> String {
            "---\nname: Personne \(index)\nprofessions: [production]\n---\n\(opening)\n\nVersion \(version).\n"
        }
        var files = ["metiers/production.md": TestSite.metier("Productrices et producteurs", label: "Production", order: 1)]
        for index in 0..<250 { files["profils/p\(index).md"] = bio(index, version: 0) }
        try TestSite.write(TestSite.tree(files), to: root)
        func edit(version: Int) throws {
            for index in stride(from: 0, to: 250, by: 10) {
                try Data(bio(index, version: version).utf8).write(to: root.appendingPathComponent("content/profils/p\(index).md"))
            }
        }
        var references: [[String: Data]] = []
        for version in 0..<2 {
            try edit(version: version)
            let reference = work.appendingPathComponent("reference-\(version)")
            let process = try run(root, output: reference)
            await Self.finished(process)
            references.append(FolderSnapshot.read(reference))
        }
        let output = work.appendingPathComponent("public")
        let first = try run(root, output: output)
        await Self.finished(first)
        // How long a quick rebuild takes.
        try edit(version: 0)
        let start = Date()
        let timed = try run(root, output: output)
        await Self.finished(timed)
        let duration = Date().timeIntervalSince(start)
        #expect(FolderSnapshot.read(output) == references[0])
        var generator = SystemRandomNumberGenerator()
        for attempt in 0..<20 {
            let version = (attempt + 1) % 2
            try edit(version: version)
            let process = try run(root, output: output)
            let delay = Double.random(in: 0...duration, using: &generator)
            try await Task.sleep(for: .seconds(delay))
            kill(process.processIdentifier, SIGKILL)
            await Self.finished(process)
            let published = FolderSnapshot.read(output)
            #expect(Set(published.keys) == Set(references[0].keys), "attempt \(attempt): files added or lost")
            let broken = published.filter { path, data in data != references[0][path] && data != references[1][path] }
            #expect(broken.isEmpty, "attempt \(attempt), killed after \(delay) s: \(broken.keys.sorted().prefix(3))")
        }
        // The loop left the bios at version 0 (its last attempt, 19, wrote version 20 % 2).
        let last = try run(root, output: output)
        await Self.finished(last)
        #expect(last.terminationStatus == 0)
        let finished = FolderSnapshot.read(output) == references[0]
        #expect(finished, "the next build finishes what killed ones started")
    }
}
