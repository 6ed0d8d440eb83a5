import GeneriqueCore
import GeneriqueIndex
import Mustache

/// Renders every page of the site with the templates: the index in, output files out.
public struct PageRenderer: Sendable {
    let templates: TemplateSet

    /// Creates a renderer over a checked template set.
    public init(templates: TemplateSet) {
        self.templates = templates
    }

    /// Every page, plus the theme's assets. Deterministic: the same index gives the same files in the same order.
    public func render(_ index: SiteIndex) -> [OutputFile] {
        let views = ViewModelBuilder(index: index)
        var files: [OutputFile] = []
        func emit(_ view: Any, template: String, url: String) {
            files.append(OutputFile(path: views.urls.outputPath(for: url), text: render(view, template)))
        }
        emit(PageViews.home(views), template: "home", url: views.urls.home)
        emit(PageViews.profileIndex(views), template: "profiles", url: views.urls.profiles)
        for profile in index.profiles {
            emit(PageViews.profile(profile, views), template: "profile", url: views.urls.profile(profile.slug))
        }
        emit(PageViews.metierIndex(views), template: "metiers", url: views.urls.metiers)
        for group in index.metiers {
            emit(PageViews.metier(group, views), template: "metier", url: views.urls.metier(group.metier.key))
        }
        emit(PageViews.societeIndex(views), template: "societes", url: views.urls.societes)
        for group in index.societes {
            emit(PageViews.societe(group, views), template: "societe", url: views.urls.societe(group.societe.key))
        }
        for page in index.pages {
            emit(PageViews.freePage(page, views), template: "page", url: views.urls.page(page.slug))
        }
        files.append(OutputFile(path: "404.html", text: render(PageViews.notFound(views), "404")))
        files += templates.assets.map { OutputFile(path: "assets/" + $0.path.dropFirst("assets/".count), bytes: $0.bytes) }
        return files
    }

    /// Templates were checked when loaded, so a nil here means a name missing from `requiredTemplates`.
    private func render(_ view: Any, _ template: String) -> String {
        guard let html = templates.library.render(view, withTemplate: template) else {
            preconditionFailure("template '\(template)' must be listed in TemplateSet.requiredTemplates")
        }
        return html
    }
}
