import Foundation
import GeneriqueBuild
import Synchronization

/// Shows how far a build is on one terminal line, only once it has lasted a second (short builds print
/// nothing) and only on a terminal (never on a pipe or in a log); and keeps each phase's time for `--verbose`.
final class ProgressDisplay: Sendable {
    private struct State {
        var phases: [(name: String, end: ContinuousClock.Instant)] = []
        var lineShown = false
    }

    private let start = ContinuousClock.now
    private let drawsLine: Bool
    private let state = Mutex(State())

    /// `drawsLine`: whether standard error is a terminal and the user did not ask for `--quiet`.
    init(drawsLine: Bool) {
        self.drawsLine = drawsLine
    }

    /// For `BuildOptions.onProgress`.
    func update(_ progress: BuildProgress) {
        let now = ContinuousClock.now
        let line: String? = state.withLock { state in
            switch progress {
            case .read: state.phases.append(("read", now))
            case .quickRebuildPlanned: state.phases.append(("find changes (only bios: quick rebuild)", now))
            // The cache is read while the sources are: this is only the wait for it afterwards.
            case .parseCacheRead: state.phases.append(("wait for parse cache", now))
            case .checked: state.phases.append(("parse and check", now))
            case .rendered(let done, let total) where done == total: state.phases.append(("render and write", now))
            case .rendered: break
            case .published: state.phases.append(("publish", now))
            case .cachesSaved: state.phases.append(("save caches", now))
            }
            guard drawsLine, now - start > .seconds(1), case .rendered(let done, let total) = progress, done < total
            else { return nil }
            state.lineShown = true
            return "\r\u{1B}[2KBuilding: \(done) of \(total) pages (\(done * 100 / max(total, 1)) %)"
        }
        if let line { FileHandle.standardError.write(Data(line.utf8)) }
    }

    /// Erases the progress line, if one was drawn, before the summary is printed.
    func finish() {
        if state.withLock({ $0.lineShown }) { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
    }

    /// Each phase and its duration: "read 0.20 s, wait for parse cache 0.00 s, parse and check 0.50 s, …".
    var timings: String {
        state.withLock { state in
            var previous = start
            return state.phases.map { phase in
                defer { previous = phase.end }
                return "\(phase.name) \(Console.seconds(phase.end - previous)) s"
            }.joined(separator: ", ")
        }
    }
}
