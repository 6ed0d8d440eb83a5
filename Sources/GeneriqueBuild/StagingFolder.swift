import CAtomicSwap
import Foundation
import GeneriqueCore

/// The folder a build writes into, beside the output, swapped in by `publish()` in one atomic step.
///
/// The output is double-buffered: after a swap, the staging folder (`.<name>.generique-spare`) holds the
/// previous site, and the next build brings it up to date in place instead of writing a whole new tree —
/// on a disk, creating and deleting ten thousand folders costs seconds, and most pages do not change.
/// Files are never written through: a changed file is replaced by a new one, an unchanged one is a hard
/// link to the published file. The staging folder's manifest is removed before it is touched, so a folder
/// left by a killed build is never trusted again.
///
/// Holding one also holds the output's lock: a second build waits until `release()`. Pages are written as
/// they are rendered, so a build never holds the whole site in memory.
public struct StagingFolder: Sendable {
    /// The output folder being replaced.
    public let output: URL
    let staging: URL
    private let lock: OutputLock
    /// What the output folder holds now.
    private let published: OutputManifest
    /// What the staging folder held from an earlier build (empty when it was created afresh).
    let recycled: OutputManifest
    /// Recycled folders whose stamp changed since that build: they may hold files nobody wrote.
    let foldersToScan: Set<String>
    /// Folders of the staging folder this build changed (wrote, linked or removed in): the others keep the
    /// stamp `recycled` gives them.
    var changedFolders: Set<String> = []
    /// What this build writes.
    var manifest = OutputManifest()
    /// The stamp of the manifest `publish()` wrote: the next build's `publishedManifest`.
    var manifestWritten: FileStamp?
    /// Unchanged files to link from the output folder, by path (done with the next batch of writes).
    private var pendingLinks: [String] = []
    /// How many files are the output's own, unchanged.
    public private(set) var unchangedCount = 0

    /// Locks `output`, checks it may be replaced, and prepares the staging folder: the spare one when an
    /// earlier build left it intact, else an empty one carrying the marker.
    /// `program` identifies the running program (nil: unknown), so that pages rendered by another one are
    /// not taken as unchanged.
    public init(for output: URL, program: ContentDigest? = nil, onWait: () -> Void = {}) async throws(BuildFailure) {
        self.output = output.standardizedFileURL
        let parent = self.output.deletingLastPathComponent()
        let name = self.output.lastPathComponent
        try SiteWriter.ensureParentExists(parent)
        try SiteWriter.checkReplaceable(self.output)
        lock = try await OutputLock(path: OutputManifest.lockPath(for: self.output), onWait: onWait)
        let staging = parent.appendingPathComponent(".\(name).generique-spare")
        self.staging = staging
        let published = Self.manifest(of: self.output) ?? OutputManifest()
        self.published = program != nil && published.program == program ? published : published.withoutViews
        manifest.program = program
        do {
            // Folders of older versions, or left by a killed build of one.
            try SiteWriter.removeIfOurs(parent.appendingPathComponent(".\(name).generique-staging"))
            try SiteWriter.removeIfOurs(parent.appendingPathComponent(".\(name).generique-previous"))
            if let recycled = Self.recycle(staging, output: self.output) {
                self.recycled = recycled
                let changed = await FileStamp.withFolder(staging.path) { spare in
                    await Parallel.map(Array(recycled.folders), chunkSize: 512) { path, stamp in
                        FileStamp.of(path, in: spare).map { !$0.stamp.sameTime(as: stamp) } ?? false
                    }
                }
                foldersToScan = Set(zip(recycled.folders.keys, changed).filter(\.1).map(\.0))
            } else {
                recycled = OutputManifest()
                foldersToScan = []
                try SiteWriter.removeIfOurs(staging)
                try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false)
                // The marker goes first: a staging folder left by a killed build is then recognisably ours.
                try Data(SiteWriter.markerText.utf8).write(to: staging.appendingPathComponent(SiteWriter.markerName))
            }
        } catch let failure as BuildFailure {
            lock.release()
            throw failure
        } catch {
            lock.release()
            throw BuildFailure("cannot prepare \(staging.path): \(error.localizedDescription)")
        }
    }

    /// The manifest of the folder at `url`, kept beside `output` (which may be that folder), if there is one.
    static func manifest(of url: URL, output: URL? = nil) -> OutputManifest? {
        guard let (stamp, kind) = FileStamp.of(url.path), kind == .folder else { return nil }
        return OutputManifest.read(from: OutputManifest.path(for: output ?? url, tree: stamp.inode))
    }

    /// The manifest of a spare folder an earlier build left complete, removed first so that a build killed
    /// while updating the folder leaves it untrusted; nil if there is none to trust.
    private static func recycle(_ folder: URL, output: URL) -> OutputManifest? {
        guard FileManager.default.fileExists(atPath: folder.path + "/" + SiteWriter.markerName),
            let (stamp, _) = FileStamp.of(folder.path),
            let manifest = OutputManifest.read(from: OutputManifest.path(for: output, tree: stamp.inode)),
            unlink(OutputManifest.path(for: output, tree: stamp.inode)) == 0
        else { return nil }
        return manifest
    }

    /// Keeps the published file for a page whose view fingerprint is unchanged: no rendering, no writing.
    /// False when it cannot (new page, other fingerprint, output edited by hand).
    public mutating func reuse(_ path: String, view: UInt64) -> Bool {
        guard view != 0, let entry = published.files[path], entry.view == view, SiteWriter.isSafeRelativePath(path),
            isPublishedUntouched(path, entry)
        else { return false }
        keepPublished(path, entry)
        return true
    }

    /// Writes files into the staging folder; a file identical to the published one stays that file. `views`
    /// gives the pages' view fingerprints. The writes run on every core: on a disk, creating each file is
    /// most of the cost, and it is waiting, not computing.
    public mutating func write(_ files: [OutputFile], views: [UInt64] = []) async throws(BuildFailure) {
        var pending: [OutputFile] = []
        for (index, file) in files.enumerated() {
            guard SiteWriter.isSafeRelativePath(file.path) else {
                throw BuildFailure("refusing to write outside the output folder: \(file.path)")
            }
            let content = ContentHash.of(file.bytes)
            let view = index < views.count ? views[index] : 0
            if let entry = published.files[file.path], entry.content == content, isPublishedUntouched(file.path, entry) {
                keepPublished(file.path, OutputManifest.Entry(content: content, size: entry.size, view: view, stamp: entry.stamp))
            } else {
                pending.append(file)
                manifest.files[file.path] = OutputManifest.Entry(
                    content: content, size: file.bytes.count, view: view, stamp: FileStamp(inode: 0, size: 0, seconds: 0, nanoseconds: 0))
            }
        }
        try await linkPending()
        for file in pending { markChanged(file.path) }
        let root = staging.path
        let results = await Parallel.map(pending, chunkSize: 32) { file in
            FileSystemCalls.writeNewFile(file.bytes, to: root + "/" + file.path, below: root)
        }
        for (file, result) in zip(pending, results) {
            switch result {
            case .success(let stamp):
                let entry = manifest.files[file.path]!
                manifest.files[file.path] = OutputManifest.Entry(content: entry.content, size: entry.size, view: entry.view, stamp: stamp)
            case .failure(let problem):
                throw BuildFailure("cannot write \(file.path): \(problem.text)")
            }
        }
    }

    /// Lets other builds proceed. Call once, after `publish()` or instead of it.
    public func release() {
        lock.release()
    }
}

extension StagingFolder {
    /// The published file still is the one the manifest describes (a cheap guard against hand edits).
    private func isPublishedUntouched(_ path: String, _ entry: OutputManifest.Entry) -> Bool {
        Self.isUntouched(output.path + "/" + path, entry)
    }

    /// The file at `fullPath` still is the one `entry` describes.
    static func isUntouched(_ fullPath: String, _ entry: OutputManifest.Entry) -> Bool {
        guard let (stamp, kind) = FileStamp.of(fullPath) else { return false }
        return kind == .file && stamp == entry.stamp
    }

    /// The same, of a path relative to the open output folder `folder`.
    static func isUntouched(_ path: String, in folder: Int32, _ entry: OutputManifest.Entry) -> Bool {
        guard let (stamp, kind) = FileStamp.of(path, in: folder) else { return false }
        return kind == .file && stamp == entry.stamp
    }

    /// Records that the staging folder's `path` must be the published file itself.
    private mutating func keepPublished(_ path: String, _ entry: OutputManifest.Entry) {
        manifest.files[path] = entry
        unchangedCount += 1
        if Self.recycledHolds(path, entry, recycled: recycled, changedFolders: foldersToScan) { return }
        if FileStamp.of(staging.path + "/" + path)?.stamp != entry.stamp { pendingLinks.append(path) }
    }

    /// Whether the spare folder's manifest shows it holds the published file `entry` at `path` already (a
    /// hard link made by an earlier build, as is often the case): it does as long as the entries of the
    /// file's folder did not change since. The top folder is not stamped: its files must be looked at.
    static func recycledHolds(
        _ path: String, _ entry: OutputManifest.Entry, recycled: OutputManifest, changedFolders: Set<String>
    ) -> Bool {
        let folder = FileSystemCalls.parent(of: path)
        return !folder.isEmpty && !changedFolders.contains(folder) && recycled.files[path]?.stamp == entry.stamp
    }

    /// Links the unchanged files recorded since the last call, on every core.
    private mutating func linkPending() async throws(BuildFailure) {
        guard !pendingLinks.isEmpty else { return }
        for path in pendingLinks { markChanged(path) }
        let (source, root) = (output.path, staging.path)
        let problems = await Parallel.map(pendingLinks, chunkSize: 64) { path in
            FileSystemCalls.link(source + "/" + path, to: root + "/" + path, below: root).map { "cannot link \(path): \($0.text)" }
        }
        pendingLinks = []
        if let problem = problems.lazy.compactMap({ $0 }).first { throw BuildFailure(problem) }
    }

    /// Records that the folders holding `path` changed (they get a new stamp).
    mutating func markChanged(_ path: String) {
        var folder = FileSystemCalls.parent(of: path)
        while !folder.isEmpty, changedFolders.insert(folder).inserted {
            folder = FileSystemCalls.parent(of: folder)
        }
    }
}
