import GeneriqueCore
import GeneriqueIndex

/// What a rebuild keeps from the previous one to skip unchanged work without changing a byte of output:
/// each profile, métier and société page's inputs with its fingerprint. Only valid with the templates it
/// was made with.
public struct RenderMemo: Sendable {
    /// The templates the memo's pages were rendered with, reused while no file under `templates/` changes.
    public let templates: TemplateSet?
    let profilePages: [String: (inputs: PageViews.ProfileInputs, fingerprint: UInt64)]
    let groupPages: [String: (inputs: GroupPageInputs, fingerprint: UInt64)]
    let sharedProfileInputs: PageViews.SharedProfileInputs?
    /// The files that are not pages, kept when only bios changed.
    let exports: SiteExports?

    /// An empty memo: everything is built.
    public init() {
        templates = nil
        profilePages = [:]
        groupPages = [:]
        sharedProfileInputs = nil
        exports = nil
    }

    init(
        templates: TemplateSet,
        profilePages: [String: (inputs: PageViews.ProfileInputs, fingerprint: UInt64)],
        groupPages: [String: (inputs: GroupPageInputs, fingerprint: UInt64)],
        sharedProfileInputs: PageViews.SharedProfileInputs, exports: SiteExports
    ) {
        self.templates = templates
        self.profilePages = profilePages
        self.groupPages = groupPages
        self.sharedProfileInputs = sharedProfileInputs
        self.exports = exports
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
    var groupInputs: GroupPageInputs? = nil
}

extension PageRenderer {
    /// `memo` if its profile pages can be reused with this renderer (same templates, same shared inputs),
    /// else an empty one. Checked once per rebuild, before `prepare(_:memo:)` runs for every page.
    public func applicable(_ memo: RenderMemo) -> RenderMemo {
        memo.templates?.fingerprint == templates.fingerprint
                && memo.sharedProfileInputs == sharedProfileInputs ? memo : RenderMemo()
    }

    /// Prepares `job`, unless it is a profile, métier or société page whose inputs equal those `memo` (made
    /// `applicable`) recorded: then its fingerprint is the recorded one and its view model is not built.
    public func prepare(_ job: PageJob, memo: RenderMemo) -> MemoizedPage {
        switch job {
        case .profile(let i): prepare(profile: views.index.profiles[i], memo: memo)
        case .metier(let i): prepare(job, group: GroupPageInputs(views.index.metiers[i], views), memo: memo)
        case .societe(let i): prepare(job, group: GroupPageInputs(views.index.societes[i], views), memo: memo)
        default: Self.memoized(prepare(job), inputs: nil)
        }
    }

    private func prepare(profile: Profile, memo: RenderMemo) -> MemoizedPage {
        let inputs = PageViews.profileInputs(profile, views)
        let path = views.urls.outputPath(for: views.urls.profile(profile.slug))
        if let recorded = memo.profilePages[path], recorded.inputs == inputs {
            return MemoizedPage(path: path, fingerprint: recorded.fingerprint, prepared: nil, inputs: inputs)
        }
        return Self.memoized(prepare(inputs), inputs: inputs)
    }

    /// A métier or société page: its recorded fingerprint when its inputs are unchanged, else prepared.
    private func prepare(_ job: PageJob, group inputs: GroupPageInputs, memo: RenderMemo) -> MemoizedPage {
        let path = views.urls.outputPath(for: Self.url(of: inputs.group, views.urls))
        if let recorded = memo.groupPages[path], recorded.inputs == inputs {
            return MemoizedPage(path: path, fingerprint: recorded.fingerprint, prepared: nil, inputs: nil, groupInputs: inputs)
        }
        var page = Self.memoized(prepare(job), inputs: nil)
        page.groupInputs = inputs
        return page
    }

    private static func url(of group: GroupPageInputs.Group, _ urls: SiteURLs) -> String {
        switch group {
        case .metier(let metier): urls.metier(metier.key)
        case .societe(let societe): urls.societe(societe.key)
        }
    }

    private static func memoized(_ page: PreparedPage, inputs: PageViews.ProfileInputs?) -> MemoizedPage {
        MemoizedPage(path: page.path, fingerprint: page.fingerprint, prepared: page, inputs: inputs)
    }

    /// The memo for the next rebuild, from this one's pages.
    public func memo(recording pages: [MemoizedPage]) -> RenderMemo {
        var profilePages: [String: (inputs: PageViews.ProfileInputs, fingerprint: UInt64)] = [:]
        var groupPages: [String: (inputs: GroupPageInputs, fingerprint: UInt64)] = [:]
        for page in pages {
            if let inputs = page.inputs { profilePages[page.path] = (inputs, page.fingerprint) }
            if let inputs = page.groupInputs { groupPages[page.path] = (inputs, page.fingerprint) }
        }
        return RenderMemo(
            templates: templates, profilePages: profilePages,
            groupPages: groupPages,
            sharedProfileInputs: sharedProfileInputs, exports: views.exports)
    }
}
