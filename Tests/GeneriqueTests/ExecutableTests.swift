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
        #expect(normal.output.hasPrefix("Built "), "one summary line")
        #expect(normal.output.split(separator: "\n").count == 1)
        #expect(normal.errors.isEmpty, "no progress display on a pipe")

        let quiet = try run(["build", "--root", root.path, "--output", output, "--quiet"])
        #expect(quiet.status == 0)
        #expect(quiet.output.isEmpty && quiet.errors.isEmpty)

        let verbose = try run(["check", "--root", root.path, "--verbose"])
        #expect(verbose.status == 0)
        #expect(verbose.output.contains("read ") && verbose.output.contains("parse and check"))

        #expect(try run(["build", "--quiet", "--verbose"]).status == 2)
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
