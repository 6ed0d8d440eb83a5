import Foundation
import GeneriqueCore
import GeneriqueFetch

/// How a run goes.
public struct VerifyOptions: Sendable {
    /// The fetcher's limits, User-Agent and `--resolve` mappings.
    public var fetch: FetchSettings
    /// `--max-age`: results younger than this are taken from the cache.
    public var maxAge: Duration
    /// Where the cache lives; nil for none.
    public var cacheFile: URL?
    /// Called after each check with the number done and the total.
    public var onProgress: @Sendable (_ done: Int, _ total: Int) -> Void

    /// Options for a run.
    public init(
        fetch: FetchSettings, maxAge: Duration = .seconds(7 * 86400), cacheFile: URL? = nil,
        onProgress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }
    ) {
        self.fetch = fetch
        self.maxAge = maxAge
        self.cacheFile = cacheFile
        self.onProgress = onProgress
    }
}

/// Runs a plan: each distinct target checked once (or taken from the cache), then each entry's lines with
/// their identity evidence.
public enum Verifier {
    /// The cache's file name, in the site's root folder.
    public static let cacheFileName = ".generique-verify-cache"

    /// The User-Agent `verify` sends: Générique, its version, the guide it checks for, and the HTTP library.
    public static func userAgent(baseURL: String) -> String {
        "Generique/\(ProgramVersion.current) (+\(baseURL)) URLSession"
    }

    /// What answers kept between runs hold for (`AnswerCache`'s context): this program's version and where
    /// `--resolve` sends hosts, either of which may change the answers.
    public static func cacheContext(origins: OriginMap) -> String {
        "Generique/\(ProgramVersion.current) \(origins)"
    }

    /// Checks what `plan` lists, as `options` say, and reports it entry by entry.
    public static func run(_ plan: VerifyPlan, options: VerifyOptions) async -> VerifyReport {
        let context = cacheContext(origins: options.fetch.origins)
        var cache = options.cacheFile.map { AnswerCache<CheckResult>.load($0, context: context) }
            ?? AnswerCache<CheckResult>(context: context)
        let targets = plan.targets
        var results: [CheckTarget: (result: CheckResult, isCached: Bool)] = [:]
        var pending: [CheckTarget] = []
        let start = Date()
        for target in targets {
            if let stored = cache.fresh(target.key, maxAge: options.maxAge, now: start) {
                results[target] = (stored.result, true)
            } else {
                pending.append(target)
            }
        }
        options.onProgress(results.count, targets.count)
        let fetcher = Fetcher(settings: options.fetch)
        await withTaskGroup(of: (CheckTarget, CheckResult).self) { group in
            for target in pending { group.addTask { (target, await Checker.check(target, fetcher: fetcher)) } }
            for await (target, result) in group {
                results[target] = (result, false)
                // Only what says something lasting: never an unreachable result.
                if [.ok, .moved, .dead].contains(result.outcome) { cache.store(result, for: target.key, at: Date()) }
                options.onProgress(results.count, targets.count)
            }
        }
        await fetcher.close()
        var cacheProblem: String?
        if let file = options.cacheFile {
            do {
                try cache.save(file, maxAge: options.maxAge, now: Date())
            } catch {
                cacheProblem = "the cache \(file.path) could not be written: \(error.localizedDescription)"
            }
        }
        let entries = plan.entries.map { entry in
            let website = entry.checks.first { if case .website = $0.target { true } else { false } }
            let websiteResult = website.flatMap { results[$0.target]?.result }
            let lines = entry.checks.map { check in
                let (result, isCached) = results[check.target] ?? (CheckResult(.unreachable, "not checked"), false)
                var confirmation: String?
                if case .account(let account) = check.target {
                    confirmation = IdentityEvidence.confirmation(
                        of: account, result: result, website: entry.website, websiteResult: websiteResult)
                }
                return VerifyReport.Line(check: check, result: result, isCached: isCached, confirmation: confirmation)
            }
            return VerifyReport.EntryLines(entry: entry, lines: lines)
        }
        return VerifyReport(entries: entries, requests: fetcher.requestsSent, cacheProblem: cacheProblem)
    }
}
