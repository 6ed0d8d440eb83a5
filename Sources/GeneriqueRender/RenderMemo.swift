import GeneriqueIndex

/// What a rebuild keeps from the previous one to skip unchanged work without changing a byte of output:
/// the rendered profile cards, and each profile page's inputs with its fingerprint. Only valid with the
/// templates it was made with.
public struct RenderMemo: Sendable {
    let templatesFingerprint: UInt64?
    let cards: [String: ProfileCard]
    let profilePages: [String: (inputs: PageViews.ProfileInputs, fingerprint: UInt64)]
    let sharedProfileInputs: PageViews.SharedProfileInputs?
    /// The files that are not pages, kept when only bios changed.
    let exports: SiteExports?
    /// The last check of the templates.
    public let templateCheck: TemplateCheck?

    /// An empty memo: everything is built.
    public init() {
        templatesFingerprint = nil
        cards = [:]
        profilePages = [:]
        sharedProfileInputs = nil
        exports = nil
        templateCheck = nil
    }

    /// A memo of cards and a template check only (what a one-off build keeps between runs).
    init(templatesFingerprint: UInt64, cards: [String: ProfileCard], templateCheck: TemplateCheck?) {
        self.templatesFingerprint = templatesFingerprint
        self.cards = cards
        profilePages = [:]
        sharedProfileInputs = nil
        exports = nil
        self.templateCheck = templateCheck
    }

    init(
        templatesFingerprint: UInt64, cards: [String: ProfileCard],
        profilePages: [String: (inputs: PageViews.ProfileInputs, fingerprint: UInt64)],
        sharedProfileInputs: PageViews.SharedProfileInputs, exports: SiteExports, templateCheck: TemplateCheck?
    ) {
        self.templatesFingerprint = templatesFingerprint
        self.cards = cards
        self.profilePages = profilePages
        self.sharedProfileInputs = sharedProfileInputs
        self.exports = exports
        self.templateCheck = templateCheck
    }
}

/// A page as a rebuild sees it: unchanged according to the memo (its view never built), or prepared.
public struct MemoizedPage: Sendable {
    /// Output path.
    public let path: String
    /// The page's fingerprint.
    public let fingerprint: UInt64
    /// The page ready to render; nil when the memo proved it unchanged.
    public let prepared: PreparedPage?
    let inputs: PageViews.ProfileInputs?
}

extension PageRenderer {
    /// `memo` if its profile pages can be reused with this renderer (same templates, same shared inputs),
    /// else an empty one. Checked once per rebuild, before `prepare(_:memo:)` runs for every page.
    public func applicable(_ memo: RenderMemo) -> RenderMemo {
        memo.templatesFingerprint == templates.fingerprint
                && memo.sharedProfileInputs == sharedProfileInputs ? memo : RenderMemo()
    }

    /// Prepares `job`, unless it is a profile page whose inputs equal those `memo` (made `applicable`)
    /// recorded: then its fingerprint is the recorded one and its view model is not built.
    public func prepare(_ job: PageJob, memo: RenderMemo) -> MemoizedPage {
        guard case .profile(let i) = job else { return Self.memoized(prepare(job), inputs: nil) }
        let profile = views.index.profiles[i]
        let inputs = PageViews.profileInputs(profile, views)
        let path = views.urls.outputPath(for: views.urls.profile(profile.slug))
        if let recorded = memo.profilePages[path], recorded.inputs == inputs {
            return MemoizedPage(path: path, fingerprint: recorded.fingerprint, prepared: nil, inputs: inputs)
        }
        return Self.memoized(prepare(inputs), inputs: inputs)
    }

    private static func memoized(_ page: PreparedPage, inputs: PageViews.ProfileInputs?) -> MemoizedPage {
        MemoizedPage(path: page.path, fingerprint: page.fingerprint, prepared: page, inputs: inputs)
    }

    /// The memo for the next rebuild, from this one's pages and template check.
    public func memo(recording pages: [MemoizedPage], templateCheck: TemplateCheck?) -> RenderMemo {
        var profilePages: [String: (inputs: PageViews.ProfileInputs, fingerprint: UInt64)] = [:]
        for page in pages {
            if let inputs = page.inputs { profilePages[page.path] = (inputs, page.fingerprint) }
        }
        return RenderMemo(
            templatesFingerprint: templates.fingerprint, cards: views.renderedCards, profilePages: profilePages,
            sharedProfileInputs: sharedProfileInputs, exports: views.exports, templateCheck: templateCheck)
    }
}
