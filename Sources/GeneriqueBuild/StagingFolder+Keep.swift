import GeneriqueCore

extension StagingFolder {
    /// Keeps every published file but those at `paths`, when none of them changed since it was published: a
    /// quick rebuild knows that nothing else changes. False, keeping nothing, when one did (a hand edit of the
    /// output): only a whole build can make that file again.
    public mutating func keepPublished(allBut paths: Set<String>) async -> Bool {
        let kept = Array(published.files).filter { !paths.contains($0.key) }
        let (recycled, scanned) = (self.recycled, foldersToScan)
        // Per file, on both cores: nil when the published file changed, else whether the spare holds it.
        let states = await FileStamp.withFolder(output.path) { output in
            await FileStamp.withFolder(staging.path) { spare in
                await Parallel.map(kept, chunkSize: 512) { path, entry -> Bool? in
                    guard SiteWriter.isSafeRelativePath(path), Self.isUntouched(path, in: output, entry) else { return nil }
                    return Self.recycledHolds(path, entry, recycled: recycled, changedFolders: scanned)
                        || FileStamp.of(path, in: spare)?.stamp == entry.stamp
                }
            }
        }
        guard !states.contains(nil) else { return false }
        if manifest.files.isEmpty {
            // The published manifest's entries as they are: one copy of the table, not 10,000 insertions.
            manifest.files = published.files
            for path in paths { manifest.files[path] = nil }
        } else {
            for (path, entry) in kept { manifest.files[path] = entry }
        }
        unchangedCount += kept.count
        for ((path, _), holds) in zip(kept, states) where holds == false { pendingLinks.append(path) }
        return true
    }
}
