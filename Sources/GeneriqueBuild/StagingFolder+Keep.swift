import GeneriqueCore

extension StagingFolder {
    /// Keeps every published file but those at `paths`, when none of them changed since it was published: a
    /// quick rebuild knows that nothing else changes. False, keeping nothing, when one did (a hand edit of the
    /// output): only a whole build can make that file again.
    public mutating func keepPublished(allBut paths: Set<String>) async -> Bool {
        let kept = published.files.filter { !paths.contains($0.key) }
        let output = self.output.path
        let intact = await Parallel.map(Array(kept), chunkSize: 512) { path, entry in
            SiteWriter.isSafeRelativePath(path) && Self.isUntouched(output + "/" + path, entry)
        }
        guard !intact.contains(false) else { return false }
        for (path, entry) in kept { keepPublished(path, entry) }
        return true
    }
}
