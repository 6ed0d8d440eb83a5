import Foundation
import Synchronization

/// "Checking: 12 of 40 (30 %)" on one line of standard error, only on a terminal (never on a pipe or in a
/// log) and only once the run has lasted a second.
final class VerifyProgress: Sendable {
    private let start = ContinuousClock.now
    private let drawsLine: Bool
    private let lineShown = Mutex(false)

    /// `drawsLine`: whether standard error is a terminal and the user did not ask for `--quiet`.
    init(drawsLine: Bool) {
        self.drawsLine = drawsLine
    }

    func update(done: Int, total: Int) {
        guard drawsLine, ContinuousClock.now - start > .seconds(1), done < total else { return }
        lineShown.withLock { $0 = true }
        let line = "\r\u{1B}[2KChecking: \(done) of \(total) (\(done * 100 / max(total, 1)) %)"
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Erases the line, if one was drawn, before the report is printed.
    func finish() {
        if lineShown.withLock({ $0 }) { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
    }
}
