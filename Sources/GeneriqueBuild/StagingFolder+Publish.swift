import CAtomicSwap
import Foundation
import GeneriqueCore

extension StagingFolder {
    /// Removes from the staging folder whatever this build did not write, records the manifest, and swaps the
    /// staging folder in as the output. The previous site stays beside it, as the next build's staging folder.
    public mutating func publish() async throws(BuildFailure) {
        try await write([])
        let root = staging.path
        let folders = Self.folders(of: manifest.files.keys)
        try removeLeftovers(keeping: folders)
        manifest.folders = [:]
        for folder in folders {
            // A folder nobody wrote in since the earlier build checked its stamp still has it.
            if !changedFolders.contains(folder), !foldersToScan.contains(folder), let kept = recycled.folders[folder] {
                manifest.folders[folder] = kept
                continue
            }
            guard let (stamp, _) = FileStamp.of(root + "/" + folder) else {
                throw BuildFailure("cannot read \(root)/\(folder): \(String(cString: strerror(errno)))")
            }
            manifest.folders[folder] = stamp.ofFolder
        }
        // Written before the swap, under the folder's inode, which the swap keeps: whenever the build stops,
        // each manifest describes its folder.
        guard let (stagingStamp, _) = FileStamp.of(root) else {
            throw BuildFailure("cannot read \(root): \(String(cString: strerror(errno)))")
        }
        let manifestPath = OutputManifest.path(for: output, tree: stagingStamp.inode)
        do {
            try Data(manifest.serialized).write(to: URL(fileURLWithPath: manifestPath), options: .atomic)
        } catch {
            throw BuildFailure("cannot write \(manifestPath): \(error.localizedDescription)")
        }
        try swapIn()
        removeOtherManifests(keeping: stagingStamp.inode)
        manifestWritten = FileStamp.of(manifestPath)?.stamp
    }

    /// Deletes the manifests of folders that are neither the output nor the spare folder any more.
    private func removeOtherManifests(keeping current: UInt64) {
        let parent = output.deletingLastPathComponent().path
        let prefix = ".\(output.lastPathComponent).generique-manifest."
        let spare = FileStamp.of(staging.path)?.stamp.inode
        for name in (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? [] where name.hasPrefix(prefix) {
            let inode = UInt64(name.dropFirst(prefix.count))
            if inode != current && inode != spare { unlink(parent + "/" + name) }
        }
    }

    /// Every folder holding one of `paths`, relative to the output folder (not the output folder itself).
    private static func folders(of paths: Dictionary<String, OutputManifest.Entry>.Keys) -> Set<String> {
        var folders = Set<String>()
        for path in paths {
            var folder = FileSystemCalls.parent(of: path)
            while !folder.isEmpty, folders.insert(folder).inserted {
                folder = FileSystemCalls.parent(of: folder)
            }
        }
        return folders
    }

    /// Deletes what an earlier build wrote and this one did not, and anything else found in the folders whose
    /// stamp changed since then (or in the top folder, which the manifest does not stamp).
    private mutating func removeLeftovers(keeping kept: Set<String>) throws(BuildFailure) {
        let root = staging.path
        for path in recycled.files.keys where manifest.files[path] == nil {
            if let problem = FileSystemCalls.removeFile(root + "/" + path) {
                throw BuildFailure("cannot remove \(path) from \(root): \(problem.text)")
            }
            FileSystemCalls.removeEmptyParents(of: root + "/" + path, below: root)
            markChanged(path)
        }
        for folder in [""] + foldersToScan.sorted() {
            let prefix = folder.isEmpty ? "" : folder + "/"
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: root + "/" + folder) else { continue }
            for name in names {
                let path = prefix + name
                if manifest.files[path] != nil || kept.contains(path) || (folder.isEmpty && name == SiteWriter.markerName) { continue }
                if let problem = FileSystemCalls.removeFile(root + "/" + path) {
                    throw BuildFailure("cannot remove \(path) from \(root): \(problem.text)")
                }
                markChanged(path)
            }
        }
    }

    /// Exchanges the staging folder and the output in one step; the old site becomes the staging folder.
    private func swapIn() throws(BuildFailure) {
        if !FileManager.default.fileExists(atPath: output.path) {
            guard rename(staging.path, output.path) == 0 else {
                throw BuildFailure("cannot move the new site into \(output.path): \(String(cString: strerror(errno)))")
            }
            return
        }
        guard generique_exchange_paths(staging.path, output.path) != 0 else { return }
        // Filesystems without RENAME_EXCHANGE: three renames, with a short window where the folder is absent.
        let parent = output.deletingLastPathComponent()
        let previous = parent.appendingPathComponent(".\(output.lastPathComponent).generique-previous")
        try SiteWriter.removeIfOurs(previous)
        guard rename(output.path, previous.path) == 0, rename(staging.path, output.path) == 0,
            rename(previous.path, staging.path) == 0
        else {
            throw BuildFailure("cannot replace \(output.path): \(String(cString: strerror(errno)))")
        }
    }
}
