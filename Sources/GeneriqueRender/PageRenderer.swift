import GeneriqueCore
import GeneriqueIndex
import GeneriqueTemplates

/// One page to render: which kind, and which entry of the index. Jobs are cheap values, so the pages of a
/// large site can be rendered in parallel and written as they come, never all held in memory.
public enum PageJob: Sendable, Hashable {
    case home, profileIndex, metierIndex, societeIndex, search, notFound
    case profile(Int), metier(Int), societe(Int), page(Int)
}

/// A page ready to render: where it goes, with what, and its fingerprint.
public struct PreparedPage: Sendable {
    /// Output path.
    public let path: String
    let template: String
    let source: Source
    /// Changes whenever the page's bytes could.
    public let fingerprint: UInt64

    /// What the page is rendered from.
    enum Source: Sendable {
        /// Its view model.
        case view(any TemplateView)
        /// A profile's inputs: the view is built only if the page is rendered (most rebuilds render none).
        case profile(PageViews.ProfileInputs)
    }
}

/// Renders the pages of the site with the templates: the index in, output files out.
public struct PageRenderer: Sendable {
    let templates: TemplateSet
    let views: ViewModelBuilder
    /// What every profile page shares, made once.
    let sharedProfileInputs: PageViews.SharedProfileInputs
    /// The seed of profile pages' fingerprints: templates and shared inputs.
    private let profileSeed: UInt64

    /// The source files of the profiles whose bio summary the Atom feed shows: every other profile's summary
    /// appears only on its own page.
    public var feedSourcePaths: Set<String> {
        Set(SiteExports.feedProfiles(views.index).map(\.profile.sourcePath))
    }

    /// Creates a renderer of `index` over a checked template set, reusing the exports of `memo` when only
    /// bios changed since it was made.
    public init(templates: TemplateSet, index: SiteIndex, memo: RenderMemo = RenderMemo()) async {
        self.templates = templates
        let exports = await SiteExports.make(index: index, urls: SiteURLs(config: index.config), reusing: memo.exports)
        views = ViewModelBuilder(index: index, exports: exports)
        sharedProfileInputs = PageViews.sharedProfileInputs(views)
        profileSeed = PageViews.fingerprintSeed(of: sharedProfileInputs, templates: templates.fingerprint)
    }

    /// Every page of the site, in a fixed order.
    public var jobs: [PageJob] {
        let index = views.index
        return [.home, .profileIndex] + index.profiles.indices.map(PageJob.profile) + [.metierIndex]
            + index.metiers.indices.map(PageJob.metier) + [.societeIndex] + index.societes.indices.map(PageJob.societe)
            + index.pages.indices.map(PageJob.page) + [.search, .notFound]
    }

    /// The site's configuration (`site.yml`, with `--base-url` applied).
    public var config: SiteConfig { views.index.config }

    /// The path the site is served under, `/` or `/guide/`: every internal link starts with it.
    public var basePath: String { views.index.config.basePath }

    /// The theme's assets, copied to `assets/`, and the files that are not pages (follow files, feed,
    /// sitemap, robots.txt, open data).
    public var assets: [OutputFile] {
        templates.assets.map { OutputFile(path: "assets/" + $0.path.dropFirst("assets/".count), bytes: $0.bytes) }
            + views.exports.files
    }

    /// A page's view model, built once, with a fingerprint of everything the page is rendered from (view
    /// model and templates): an unchanged fingerprint means unchanged bytes, so the previous file can be
    /// reused without rendering.
    /// Profile pages, most of the site, are fingerprinted from their inputs instead: their view model is not
    /// even built when the fingerprint shows the page unchanged.
    public func prepare(_ job: PageJob) -> PreparedPage {
        if case .profile(let i) = job { return prepare(PageViews.profileInputs(views.index.profiles[i], views)) }
        let (path, view) = page(job)
        return prepared(path: path, view: view, template: Self.template(of: job))
    }

    /// A profile page from its inputs.
    func prepare(_ inputs: PageViews.ProfileInputs) -> PreparedPage {
        PreparedPage(
            path: views.urls.outputPath(for: views.urls.profile(inputs.profile.slug)), template: "profile",
            source: .profile(inputs), fingerprint: PageViews.fingerprint(of: inputs, seed: profileSeed))
    }

    /// A view model with its fingerprint, seeded with the templates'.
    func prepared(path: String, view: any TemplateView, template: String) -> PreparedPage {
        let seed = FingerprintState(value: templates.fingerprint)
        seed.combine(template)
        return PreparedPage(path: path, template: template, source: .view(view), fingerprint: ViewFingerprint.of(view, seed: seed.value))
    }

    /// One prepared page, rendered.
    public func render(_ page: PreparedPage) -> OutputFile {
        switch page.source {
        case .view(let view): OutputFile(path: page.path, bytes: render(view, page.template))
        case .profile(let inputs):
            OutputFile(path: page.path, bytes: render(PageViews.profile(inputs, shared: sharedProfileInputs, views), page.template))
        }
    }

    /// One page, rendered.
    public func render(_ job: PageJob) -> OutputFile {
        let (path, view) = page(job)
        return OutputFile(path: path, bytes: render(view, Self.template(of: job)))
    }

    /// Every page and asset, in order (tests and small sites; builds stream `jobs` instead).
    public func renderAll() -> [OutputFile] {
        jobs.map(render) + assets
    }

    /// The template a job renders with.
    static func template(of job: PageJob) -> String {
        switch job {
        case .home: "home"
        case .profileIndex: "profiles"
        case .profile: "profile"
        case .metierIndex: "metiers"
        case .metier: "metier"
        case .societeIndex: "societes"
        case .societe: "societe"
        case .page: "page"
        case .search: "search"
        case .notFound: "404"
        }
    }

    /// The output path and view model of a job.
    func page(_ job: PageJob) -> (path: String, view: any TemplateView) {
        let index = views.index
        let urls = views.urls
        switch job {
        case .home: return (urls.outputPath(for: urls.home), PageViews.home(views))
        case .profileIndex: return (urls.outputPath(for: urls.profiles), PageViews.profileIndex(views))
        case .profile(let i):
            let profile = index.profiles[i]
            let inputs = PageViews.profileInputs(profile, views)
            let page = PageViews.profile(inputs, shared: sharedProfileInputs, views)
            return (urls.outputPath(for: urls.profile(profile.slug)), page)
        case .metierIndex: return (urls.outputPath(for: urls.metiers), PageViews.metierIndex(views))
        case .metier(let i):
            let group = index.metiers[i]
            return (urls.outputPath(for: urls.metier(group.metier.key)), PageViews.metier(group, views))
        case .societeIndex: return (urls.outputPath(for: urls.societes), PageViews.societeIndex(views))
        case .societe(let i):
            let group = index.societes[i]
            return (urls.outputPath(for: urls.societe(group.societe.key)), PageViews.societe(group, views))
        case .page(let i):
            let page = index.pages[i]
            return (urls.outputPath(for: urls.page(page.slug)), PageViews.freePage(page, views))
        case .search: return (urls.outputPath(for: urls.search), PageViews.search(views))
        case .notFound: return (SitePaths.notFound, PageViews.notFound(views))
        }
    }

    /// Templates were checked when loaded, so a nil here means a name missing from `requiredTemplates`.
    private func render(_ view: any TemplateView, _ template: String) -> [UInt8] {
        guard let html = templates.render(view, with: template) else {
            preconditionFailure("template '\(template)' must be listed in TemplateSet.requiredTemplates")
        }
        return html
    }
}
