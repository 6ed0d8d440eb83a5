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

    /// Every page, plus the theme's assets, and errors for template tags that name values the view models
    /// do not have. Deterministic: the same index gives the same files in the same order.
    public func render(_ index: SiteIndex) -> (files: [OutputFile], diagnostics: [Diagnostic]) {
        let views = ViewModelBuilder(index: index)
        var files: [OutputFile] = []
        var checks = TemplateCheckProgress(checker: TemplateValueChecker(templates: templates.tags))
        func emit(_ view: Any, template: String, url: String) {
            checks.check(template: template, with: view)
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
        let notFound = PageViews.notFound(views)
        checks.check(template: "404", with: notFound)
        files.append(OutputFile(path: "404.html", text: render(notFound, "404")))
        files += templates.assets.map { OutputFile(path: "assets/" + $0.path.dropFirst("assets/".count), bytes: $0.bytes) }
        return (files, checks.diagnostics.sorted())
    }

    /// Templates were checked when loaded, so a nil here means a name missing from `requiredTemplates`.
    private func render(_ view: Any, _ template: String) -> String {
        guard let html = templates.library.render(view, withTemplate: template) else {
            preconditionFailure("template '\(template)' must be listed in TemplateSet.requiredTemplates")
        }
        return html
    }
}

/// Runs the template value check on pages until each template has been checked completely (every section
/// had a value to look into) or on enough pages; the check costs about as much as rendering.
struct TemplateCheckProgress {
    let checker: TemplateValueChecker
    private var completed: Set<String> = []
    private var attempts: [String: Int] = [:]
    private var found: [SourceLocation: Diagnostic] = [:]

    init(checker: TemplateValueChecker) {
        self.checker = checker
    }

    /// Every problem found, once per position (a partial shared by several pages is reported once).
    var diagnostics: [Diagnostic] { Array(found.values) }

    mutating func check(template: String, with view: Any) {
        guard !completed.contains(template), attempts[template, default: 0] < 64 else { return }
        attempts[template, default: 0] += 1
        let outcome = checker.check(template: template, with: view)
        for diagnostic in outcome.diagnostics where found[diagnostic.location] == nil {
            found[diagnostic.location] = diagnostic
        }
        if outcome.isComplete { completed.insert(template) }
    }
}
