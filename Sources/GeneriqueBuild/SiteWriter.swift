import CAtomicSwap
import Foundation
import GeneriqueCore

/// Publishes output files to the output folder atomically: the site is written to a staging folder beside
/// it, then the two are swapped in one step. Readers (and a killed build) see either the old site or the
/// new one, never a mix; pages of removed profiles disappear with the old folder.
public enum SiteWriter {
    /// File that marks a folder as Générique's, so that it may be replaced.
    public static let markerName = ".generique"

    /// Writes `files` as the whole content of `output`. If another build is publishing to the same folder,
    /// calls `onWait` and waits for it to finish: two builds never interleave.
    public static func publish(_ files: [OutputFile], to output: URL, onWait: () -> Void = {}) async throws(BuildFailure) {
        var staging = try await StagingFolder(for: output, onWait: onWait)
        defer { staging.release() }
        try await staging.write(files)
        try staging.publish()
    }

    /// Refuses to replace a folder Générique did not create.
    static func checkReplaceable(_ output: URL) throws(BuildFailure) {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: output.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw BuildFailure("\(output.path) exists and is not a folder", hint: "choose another --output", isUsageError: true)
        }
        let entries = (try? fileManager.contentsOfDirectory(atPath: output.path)) ?? []
        if !entries.isEmpty && !entries.contains(markerName) {
            throw BuildFailure(
                "\(output.path) is not empty and was not created by Générique; refusing to replace it",
                hint: "choose an empty or new folder with --output, or empty this one yourself", isUsageError: true)
        }
    }

    static func ensureParentExists(_ parent: URL) throws(BuildFailure) {
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw BuildFailure("cannot create \(parent.path): \(error.localizedDescription)")
        }
    }

    /// Deletes a staging or previous folder, but only if it carries the marker (or is empty): never a folder
    /// that merely happens to have the same name.
    static func removeIfOurs(_ folder: URL) throws(BuildFailure) {
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: folder.path) else { return }
        let entries = (try? fileManager.contentsOfDirectory(atPath: folder.path)) ?? []
        guard entries.isEmpty || entries.contains(markerName) else {
            throw BuildFailure("\(folder.path) exists and was not created by Générique", hint: "move it away")
        }
        do {
            try fileManager.removeItem(at: folder)
        } catch {
            throw BuildFailure("cannot remove \(folder.path): \(error.localizedDescription)")
        }
    }

    /// Whether a path is made of plain segments: no absolute path, no `..`, no empty segment.
    public static func isSafeRelativePath(_ path: String) -> Bool {
        !path.hasPrefix("/")
            && path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy {
                !$0.isEmpty && $0 != "." && $0 != ".."
            }
    }
}

/// An exclusive lock on a file beside the output folder: two builds to the same output take turns.
struct OutputLock {
    private let descriptor: Int32

    /// Takes the lock, waiting for another build to release it. The wait polls instead of blocking in
    /// `flock`: a blocked thread of Swift's small cooperative pool could starve the very build it waits for.
    init(path: String, onWait: () -> Void) async throws(BuildFailure) {
        descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw BuildFailure("cannot create the lock file \(path): \(String(cString: strerror(errno)))")
        }
        var announced = false
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                close(descriptor)
                throw BuildFailure("cannot lock \(path): \(String(cString: strerror(errno)))")
            }
            if !announced {
                onWait()
                announced = true
            }
            try? await Task.sleep(for: .milliseconds(20))
        }
    }

    func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
