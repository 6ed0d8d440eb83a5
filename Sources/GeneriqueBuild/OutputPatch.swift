import Foundation
import GeneriqueCore

/// Replaces a few pages of the published site in place, for a quick rebuild: each new page is written beside
/// the output folder and renamed over the old one, so a reader gets either version whole, and the pages of a
/// quick rebuild share nothing with the rest of the site (only their bios changed), which stays as it is.
/// The spare folder is not touched. The output's manifest is rewritten last: if the build stops before, a
/// replaced page's stamp no longer matches it, and the next build makes that page again.
///
/// Holding one holds the output's lock: `release()` it.
struct OutputPatch: Sendable {
    private let output: URL
    private let lock: OutputLock
    private var manifest: OutputManifest
    private let manifestPath: String
    private var replaced = 0
    /// Whether an entry of the manifest changed (a new page, or a new fingerprint for the same bytes).
    private var changed = false

    /// The stamp of the manifest file the published site was read from: a record holds for this site only
    /// if it names the same.
    let manifestStamp: FileStamp

    /// Locks the output and checks that it is exactly the site its manifest describes, written by `program`:
    /// every file as published, no folder's entries changed since (nothing added or removed by hand),
    /// nothing else at the top. Nil, with the lock released, when it is not: the build must then be a whole
    /// one.
    static func open(_ output: URL, program: ContentDigest, onWait: () -> Void) async throws(BuildFailure) -> OutputPatch? {
        let output = output.standardizedFileURL
        let lock = try await OutputLock(path: OutputManifest.lockPath(for: output), onWait: onWait)
        guard let patch = await prepare(output, lock: lock, program: program) else {
            lock.release()
            return nil
        }
        return patch
    }

    private static func prepare(_ output: URL, lock: OutputLock, program: ContentDigest) async -> OutputPatch? {
        guard let (folder, kind) = FileStamp.of(output.path), kind == .folder else { return nil }
        let manifestPath = OutputManifest.path(for: output, tree: folder.inode)
        guard let (manifestStamp, _) = FileStamp.of(manifestPath), let manifest = OutputManifest.read(from: manifestPath),
            manifest.program == program, topLevelMatches(output.path, manifest)
        else { return nil }
        let (files, folders) = (Array(manifest.files), Array(manifest.folders))
        let (filesIntact, foldersIntact) = await FileStamp.withFolder(output.path) { root in
            async let fileChecks = Parallel.map(files, chunkSize: 512) { path, entry in
                SiteWriter.isSafeRelativePath(path) && StagingFolder.isUntouched(path, in: root, entry)
            }
            async let folderChecks = Parallel.map(folders, chunkSize: 512) { path, stamp in
                FileStamp.of(path, in: root).map { $0.kind == .folder && $0.stamp.sameTime(as: stamp) } ?? false
            }
            return await (fileChecks, folderChecks)
        }
        guard !filesIntact.contains(false), !foldersIntact.contains(false) else { return nil }
        return OutputPatch(
            output: output, lock: lock, manifest: manifest, manifestPath: manifestPath, manifestStamp: manifestStamp)
    }

    /// The top folder holds the marker and exactly the files and folders the manifest names there (the
    /// manifest does not stamp it, so its entries are listed).
    private static func topLevelMatches(_ root: String, _ manifest: OutputManifest) -> Bool {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: root) else { return false }
        var expected: Set<String> = [SiteWriter.markerName]
        // On the bytes: `String.contains` with a string goes through Foundation's NSString on Linux.
        for path in manifest.files.keys where !path.utf8.contains(UInt8(ascii: "/")) { expected.insert(path) }
        for path in manifest.folders.keys where !path.utf8.contains(UInt8(ascii: "/")) { expected.insert(path) }
        return Set(names) == expected
    }

    /// How many published files were kept as they are.
    var unchangedCount: Int { manifest.files.count - replaced }

    /// Puts `files` (with their pages' fingerprints) in place of the published ones, and rewrites the
    /// manifest if anything changed; returns the manifest file's stamp. A file whose bytes did not change is
    /// kept.
    mutating func replace(_ files: [OutputFile], views: [UInt64]) throws(BuildFailure) -> FileStamp? {
        let root = output.path
        let temporary = OutputManifest.newFilePath(for: output)
        for (file, view) in zip(files, views) {
            guard SiteWriter.isSafeRelativePath(file.path), let old = manifest.files[file.path] else {
                throw BuildFailure("refusing to write \(file.path): not a file of the published site")
            }
            let content = ContentHash.of(file.bytes)
            if content == old.content {
                if view != old.view {
                    manifest.files[file.path] = OutputManifest.Entry(content: content, size: old.size, view: view, stamp: old.stamp)
                    changed = true
                }
                continue
            }
            let stamp: FileStamp
            switch FileSystemCalls.writeNewFile(file.bytes, to: temporary, below: output.deletingLastPathComponent().path) {
            case .success(let written): stamp = written
            case .failure(let problem): throw BuildFailure("cannot write \(temporary): \(problem.text)")
            }
            guard rename(temporary, root + "/" + file.path) == 0 else {
                let problem = String(cString: strerror(errno))
                unlink(temporary)
                throw BuildFailure("cannot replace \(file.path) in \(root): \(problem)")
            }
            replaced += 1
            changed = true
            manifest.files[file.path] = OutputManifest.Entry(content: content, size: file.bytes.count, view: view, stamp: stamp)
            // The rename gave the folder a new stamp; every folder was intact when opened, so that is its only change.
            let folder = FileSystemCalls.parent(of: file.path)
            if manifest.folders[folder] != nil, let (folderStamp, _) = FileStamp.of(root + "/" + folder) {
                manifest.folders[folder] = folderStamp.ofFolder
            }
        }
        guard changed else { return manifestStamp }
        do {
            try Data(manifest.serialized).write(to: URL(fileURLWithPath: manifestPath), options: .atomic)
        } catch {
            throw BuildFailure("cannot write \(manifestPath): \(error.localizedDescription)")
        }
        return FileStamp.of(manifestPath)?.stamp
    }

    /// Lets other builds proceed.
    func release() {
        lock.release()
    }
}
