import Foundation
import Testing

/// Builds killed with SIGKILL at random moments must leave the output folder exactly the previous site or
/// exactly the new one, byte for byte — never a mix — and the next build cleans up after them.
///
/// Runs the real `generique` executable (`GENERIQUE_BINARY`, or the one beside the test executable, or
/// `.build/debug/generique`, which `make test` builds first).
@Suite(.serialized) struct CrashConsistencyTests {
    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["GENERIQUE_BINARY"] { return URL(fileURLWithPath: path) }
        // `swift test --scratch-path X` builds into X, not .build: the test executable's folder is the one.
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("generique")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        return TestPaths.packageRoot.appendingPathComponent(".build/debug/generique")
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

    @Test func killedBuildsLeaveOneCompleteVersion() throws {
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
            process.waitUntilExit()
            duration = max(duration, Date().timeIntervalSince(start))
            #expect(process.terminationStatus == 0)
            references.append(FolderSnapshot.read(reference))
        }
        #expect(references[0] != references[1])

        let output = work.appendingPathComponent("public")
        let first = try run(roots[0], output: output)
        first.waitUntilExit()
        var generator = SystemRandomNumberGenerator()
        for attempt in 0..<20 {
            let process = try run(roots[(attempt + 1) % 2], output: output)
            let delay = Double.random(in: 0...duration, using: &generator)
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let published = FolderSnapshot.read(output)
            let matches = references.filter { $0 == published }.count
            #expect(matches == 1, "attempt \(attempt), killed after \(delay) s: the output is not one complete version")
        }
        let last = try run(roots[1], output: output)
        last.waitUntilExit()
        #expect(last.terminationStatus == 0)
        #expect(FolderSnapshot.read(output) == references[1])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: work.path).filter {
            $0.contains("staging") || $0.contains("previous")
        }
        #expect(leftovers.isEmpty, "the next build cleans up after killed ones")
    }
}
