import Foundation

/// One run of the real `generique` executable with pipes, as a shell would start it.
struct ExecutableRun {
    let status: Int32
    let output: String
    let errors: String

    init(_ arguments: [String], environment: [String: String] = ["NO_COLOR": "1"]) throws {
        let process = Process()
        process.executableURL = CrashConsistencyTests.binary
        process.arguments = arguments
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Read both pipes to the end before waiting, so a long output cannot block the child.
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        status = process.terminationStatus
        self.output = String(decoding: outputData, as: UTF8.self)
        self.errors = String(decoding: errorData, as: UTF8.self)
    }
}

extension ExecutableRun {
    /// The same run, waited for on a thread of its own: a run that takes seconds must not hold one of the
    /// test pool's few threads.
    static func onThread(_ arguments: [String], environment: [String: String] = ["NO_COLOR": "1"]) async throws -> ExecutableRun {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result { try ExecutableRun(arguments, environment: environment) }) }
        }
    }
}
