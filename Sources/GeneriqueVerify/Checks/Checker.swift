import GeneriqueFetch

/// Runs one check with the check its kind calls for.
enum Checker {
    static func check(_ target: CheckTarget, fetcher: Fetcher) async -> CheckResult {
        switch target {
        case .website(let address): return await PageCheck.website(address, fetcher: fetcher)
        case .feed(let address): return await FeedCheck.run(address, fetcher: fetcher)
        case .account(let account):
            switch NetworkSupport(account.network) {
            case .mastodon: return await MastodonCheck.run(account, fetcher: fetcher)
            case .bluesky: return await BlueskyCheck.run(account, fetcher: fetcher)
            case .profilePage: return await PageCheck.profile(account, fetcher: fetcher)
            case .notCheckable(let reason): return CheckResult(.notCheckable, "\(reason): never asked")
            }
        }
    }
}
