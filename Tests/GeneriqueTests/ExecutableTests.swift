import Foundation
import Testing

/// The real `generique` executable, as a shell runs it: output on pipes, signals.
@Suite(.serialized) struct ExecutableTests {
    private func run(_ arguments: [String]) throws -> ExecutableRun {
        try ExecutableRun(arguments)
    }

    @Test func quietVerboseAndNoProgressOnAPipe() throws {
        try #require(FileManager.default.isExecutableFile(atPath: CrashConsistencyTests.binary.path), "build the executable first")
        let root = try ServeTests.copyOfBasicFixture()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("out").path

        let normal = try run(["build", "--root", root.path, "--output", output])
        #expect(normal.status == 0)
        let lines = normal.output.split(separator: "\n")
        #expect(lines.first?.hasPrefix("Built ") == true, "one summary line")
        // Three published profiles and one société of the fixture have no `verified` date.
        #expect(lines.first?.hasPrefix("Built 4 profiles, 2 métiers, 2 sociétés (4 never verified): ") == true, "\(lines)")
        // The fixture is served under /guide/, whose robots.txt crawlers never read: one line says so.
        #expect(lines.dropFirst() == [
            "Note: crawlers read robots.txt only at the host's root, not at /guide/robots.txt; add this line to "
                + "https://example.org/robots.txt: Sitemap: https://example.org/guide/sitemap.xml"
        ])
        #expect(normal.errors.isEmpty, "no progress display on a pipe")
        let atTheRoot = try run(["build", "--root", root.path, "--output", output, "--base-url", "https://example.org/"])
        #expect(atTheRoot.status == 0 && atTheRoot.output.split(separator: "\n").count == 1)

        let quiet = try run(["build", "--root", root.path, "--output", output, "--quiet"])
        #expect(quiet.status == 0)
        #expect(quiet.output.isEmpty && quiet.errors.isEmpty)

        let verbose = try run(["check", "--root", root.path, "--verbose"])
        #expect(verbose.status == 0)
        #expect(verbose.output.contains("read ") && verbose.output.contains("parse and check"))
        #expect(verbose.output.hasPrefix("Checked 4 profiles, 2 métiers, 2 sociétés (4 never verified): no errors"))

        #expect(try run(["build", "--quiet", "--verbose"]).status == 2)
    }

    @Test func anOutputInsideContentIsOneUsageErrorWithAHint() throws {
        try #require(FileManager.default.isExecutableFile(atPath: CrashConsistencyTests.binary.path), "build the executable first")
        let root = try ServeTests.copyOfBasicFixture()
        defer { try? FileManager.default.removeItem(at: root) }
        let refused = try run(["build", "--root", root.path, "--output", root.appendingPathComponent("content/site").path])
        #expect(refused.status == 2)
        #expect(refused.output.isEmpty)
        let lines = refused.errors.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("error: the output folder ") == true && lines.first?.hasSuffix("is inside content/, which the build reads") == true)
        #expect(lines.last?.hasPrefix("  hint: choose a folder outside content/ and templates/") == true)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("content/site").path))
    }

    /// The command line checks dates against the current day.
    @Test func aDateFarInTheFutureIsAWarning() throws {
        try #require(FileManager.default.isExecutableFile(atPath: CrashConsistencyTests.binary.path), "build the executable first")
        let root = try ServeTests.copyOfBasicFixture()
        defer { try? FileManager.default.removeItem(at: root) }
        let profile = root.appendingPathComponent("content/profils/eric-abel.md")
        let text = try String(contentsOf: profile, encoding: .utf8)
        try text.replacingOccurrences(of: "added: 2026-04-02", with: "added: 2999-04-02")
            .write(to: profile, atomically: true, encoding: .utf8)
        let checked = try run(["check", "--root", root.path])
        #expect(checked.status == 0)
        #expect(checked.errors.contains("content/profils/eric-abel.md:5:8: warning: 'added' is 2999-04-02, in the future"))
    }

    @Test func serveStopsCleanlyOnInterrupt() throws {
        try #require(FileManager.default.isExecutableFile(atPath: CrashConsistencyTests.binary.path), "build the executable first")
        let root = try ServeTests.copyOfBasicFixture()
        defer { try? FileManager.default.removeItem(at: root) }
        let process = Process()
        process.executableURL = CrashConsistencyTests.binary
        process.arguments = ["serve", "--root", root.path, "--port", "0"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var seen = ""
        while !seen.contains("Built version 1") {
            let data = output.fileHandleForReading.availableData
            guard !data.isEmpty else { break }
            seen += String(decoding: data, as: UTF8.self)
        }
        #expect(seen.contains("Serving the guide at http://127.0.0.1:"))
        process.interrupt()
        let rest = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: rest, as: UTF8.self).contains("Stopped."))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("public").path), "serve never writes public/")
    }
}
