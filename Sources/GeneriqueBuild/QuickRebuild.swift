import Foundation
import GeneriqueContent
import GeneriqueCore
import GeneriqueRender

/// A rebuild after edits that changed nothing but some profiles' bios — their HTML, and their summary for
/// profiles outside the feed (`ProfileOutline`) — seen from file stamps and the build record: only those
/// profiles' pages are made again and put in place (`OutputPatch`), every other file of the published site is
/// kept. The pages come out as a whole build would make them: the same parse of the file, the same recorded
/// inputs for the rest of the page (unchanged, since every file's outline is), the same templates.
struct QuickRebuild: Sendable {
    /// The pages made again.
    let pages: [OutputFile]
    /// Their fingerprints, for the manifest.
    let fingerprints: [UInt64]
    /// The record to save once published (new stamps and digests of the files read).
    var record: BuildRecord
    /// How many content files were parsed.
    let parsedCount: Int

    /// Plans the rebuild, reading only files whose stamps changed (and the templates); nil when anything else
    /// than a bio may have changed.
    static func plan(_ options: BuildOptions, record: BuildRecord, startedAt start: Int) async -> QuickRebuild? {
        guard record.options == BuildRecord.options(of: options) else { return nil }
        let rootPath = options.root.standardizedFileURL.resolvingSymlinksInPath().path
        guard let changed = await SourceScan.changedFiles(root: options.root, recorded: record.sources) else { return nil }
        var record = record
        var edited: [SourceFile] = []
        for path in changed {
            guard let known = record.sources[path]?.digest else { return nil }
            var info = stat()
            guard lstat(rootPath + "/" + path, &info) == 0,
                let bytes = try? SourceReader.readBytes(rootPath + "/" + path, size: Int(info.st_size), reportedAs: path)
            else { return nil }
            let digest = ContentDigest(of: bytes)
            record.sources[path]?.stamp = BuildRecord.recordable(SourceReader.stamp(of: info), startedAt: start)
            record.sources[path]?.digest = digest
            guard digest != known else { continue }
            // A change anywhere but in a profile file needs a whole build.
            guard record.sources[path]?.profile != nil else { return nil }
            edited.append(SourceFile(path: path, bytes: bytes))
        }
        guard !edited.isEmpty else {
            return QuickRebuild(pages: [], fingerprints: [], record: record, parsedCount: 0)
        }
        // The templates' stamps are those of the recorded build.
        guard let (templateTree, problems) = try? await SourceReader.read(folders: ["templates"], root: options.root),
            problems.isEmpty, let templates = TemplateSet.load(from: templateTree).0,
            let renderer = ProfilePageRenderer(templates: templates, shared: record.sharedPageInputs)
        else { return nil }
        // Links in a bio resolve against the names of the site's files: the recorded ones.
        let parser = ProfileFileParser(amongFilesAt: Array(record.sources.keys), config: record.config)
        let withSummary = edited.map { record.sources[$0.path]?.profile?.outline.withSummary ?? true }
        let parses = await Parallel.map(Array(zip(edited, withSummary)), chunkSize: 4) { file, withSummary in
            parser.parse(file, withSummary: withSummary)
        }
        var pages: [PreparedPage] = []
        for (file, parse) in zip(edited, parses) {
            guard let (profile, outline) = parse, let known = record.sources[file.path]?.profile, known.outline == outline
            else { return nil }
            guard let inputs = known.pageInputs else { continue }
            guard let page = renderer.prepare(profile, recorded: Array(inputs)) else { return nil }
            pages.append(page)
        }
        let rendered = await Parallel.map(pages, chunkSize: 4) { renderer.render($0) }
        guard !rendered.contains(where: { $0 == nil }) else { return nil }
        return QuickRebuild(
            pages: rendered.compactMap { $0 }, fingerprints: pages.map(\.fingerprint), record: record, parsedCount: edited.count)
    }
}

extension QuickRebuild {
    /// Puts the pages in place in the published site (`patch`, opened on the site the record describes) and
    /// saves the updated record.
    func publish(into patch: inout OutputPatch, options: BuildOptions, program: ContentDigest) async throws(BuildFailure)
        -> BuildReport
    {
        options.onProgress(.rendered(done: record.statistics.pages, total: record.statistics.pages))
        BuildRecord.remove(for: options.output)
        async let payload = record.payloadBeforePublishing()
        let written = try patch.replace(pages, views: fingerprints)
        options.onProgress(.published)
        if let written { BuildRecord.save(await payload, outputManifest: written, for: options.output, program: program) }
        options.onProgress(.cachesSaved)
        var statistics = record.statistics
        statistics.parsedFiles = parsedCount
        statistics.unchanged = patch.unchangedCount
        return BuildReport(diagnostics: record.diagnostics, statistics: statistics, config: record.config)
    }
}
