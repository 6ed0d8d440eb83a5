import GeneriqueCore
import GeneriqueIndex

// A profile page is made from its inputs alone (`PageViews.profile`). Kept in binary form by a build, they
// let the next one make the page of a profile whose bio alone changed without the rest of the site: the
// profile's new parse, plus what the index had added (summary, title detail, métier and société links) and
// what every profile page shares (the site's header, footer and configuration).

extension PreparedPage {
    /// For a profile page: its profile's source file and the page's inputs other than the profile, in binary
    /// form (for `ProfilePageRenderer.prepare`); nil for other pages.
    public var profileRecord: (sourcePath: String, inputs: [UInt8])? {
        guard case .profile(let inputs) = source else { return nil }
        var writer = BinaryWriter(reservingCapacity: 256)
        writer.write(inputs.summary)
        writer.write(inputs.titleDetail)
        writer.write(inputs.metiers)
        writer.write(inputs.societes)
        return (inputs.profile.sourcePath, writer.bytes)
    }
}

extension PageRenderer {
    /// What every profile page shares, in binary form (for `ProfilePageRenderer.init`).
    public var sharedProfileRecord: [UInt8] {
        var writer = BinaryWriter(reservingCapacity: 4096)
        writer.write(sharedProfileInputs.site)
        writer.write(sharedProfileInputs.config)
        return writer.bytes
    }
}

/// Makes profile pages from recorded inputs, with the same paths, bytes and fingerprints as `PageRenderer`
/// gives them in a whole build with those inputs.
public struct ProfilePageRenderer: Sendable {
    private let templates: TemplateSet
    private let shared: PageViews.SharedProfileInputs
    /// Lends `PageViews.profile` its configuration-derived helpers (URLs, meta); it holds no profile.
    private let views: ViewModelBuilder
    private let seed: UInt64

    /// A renderer with `templates` (the ones of the build that recorded `shared`); nil when `shared` is not
    /// a `PageRenderer.sharedProfileRecord`.
    public init?(templates: TemplateSet, shared: [UInt8]) {
        var reader = BinaryReader(shared)
        guard let site = try? reader.read(SiteView.self), let config = try? reader.read(SiteConfig.self), reader.isAtEnd
        else { return nil }
        self.templates = templates
        self.shared = PageViews.SharedProfileInputs(site: site, config: config)
        let content = SiteContent(config: config, intro: HomeIntro(), metiers: [], societes: [], profiles: [], pages: [])
        let index = SiteIndex(content: content, includeDrafts: false)
        views = ViewModelBuilder(index: index, exports: .none(for: index))
        seed = PageViews.fingerprintSeed(of: self.shared, templates: templates.fingerprint)
    }

    /// The page of `profile` with the other inputs `recorded` (a `PreparedPage.profileRecord`), ready to render;
    /// nil when `recorded` cannot be read.
    public func prepare(_ profile: Profile, recorded: [UInt8]) -> PreparedPage? {
        func decode() throws(BinaryFormatError) -> PageViews.ProfileInputs {
            var reader = BinaryReader(recorded)
            let inputs = PageViews.ProfileInputs(
                profile: profile, summary: try reader.read(), titleDetail: try reader.read(), metiers: try reader.read(),
                societes: try reader.read())
            guard reader.isAtEnd else { throw BinaryFormatError() }
            return inputs
        }
        // Not `try?` field by field: a nil title detail would read as a failure.
        guard let inputs = try? decode() else { return nil }
        return PreparedPage(
            path: views.urls.outputPath(for: views.urls.profile(profile.slug)), template: "profile",
            source: .profile(inputs), fingerprint: PageViews.fingerprint(of: inputs, seed: seed))
    }

    /// A page from `prepare`, rendered.
    public func render(_ page: PreparedPage) -> OutputFile? {
        guard case .profile(let inputs) = page.source,
            let html = templates.render(PageViews.profile(inputs, shared: shared, views), with: page.template)
        else { return nil }
        return OutputFile(path: page.path, bytes: html)
    }
}

extension LabelledLink: BinaryCodable {
    public func encode(to writer: inout BinaryWriter) {
        writer.write(label)
        writer.write(url)
    }

    public init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        self.init(label: try reader.read(), url: try reader.read())
    }
}

extension NavigationLink: BinaryCodable {
    public func encode(to writer: inout BinaryWriter) {
        writer.write(label)
        writer.write(url)
        writer.write(isCurrent)
    }

    public init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        self.init(label: try reader.read(), url: try reader.read(), isCurrent: try reader.read())
    }
}

extension AccountLink: BinaryCodable {
    public func encode(to writer: inout BinaryWriter) {
        for field in [network, networkKey, handle, url, accessibleName] { writer.write(field) }
        writer.write(isConfirmed)
    }

    public init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        self.init(
            network: try reader.read(), networkKey: try reader.read(), handle: try reader.read(), url: try reader.read(),
            accessibleName: try reader.read(), isConfirmed: try reader.read())
    }
}

extension SiteView: BinaryCodable {
    public func encode(to writer: inout BinaryWriter) {
        for field in [title, description, language, homeURL, stylesheetURL] { writer.write(field) }
        writer.write(navigation)
        writer.write(footerLinks)
        writer.write(accounts)
        writer.write(fediverseCreator)
        for field in [feedURL, openDataURL] { writer.write(field) }
    }

    public init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        self.init(
            title: try reader.read(), description: try reader.read(), language: try reader.read(),
            homeURL: try reader.read(), stylesheetURL: try reader.read(), navigation: try reader.read(),
            footerLinks: try reader.read(), accounts: try reader.read(), fediverseCreator: try reader.read(),
            feedURL: try reader.read(), openDataURL: try reader.read())
    }
}
