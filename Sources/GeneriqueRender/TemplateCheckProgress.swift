import GeneriqueCore

/// Runs the template value check on pages until each template has been checked completely (every section
/// had a value to look into) or on enough pages; the check costs about as much as rendering.
struct TemplateCheckProgress {
    let checker: TemplateValueChecker
    /// Per template, the sections no check so far could enter: a template is done when none is left.
    private var unchecked: [String: Set<SourceLocation>] = [:]
    private var attempts: [String: Int] = [:]
    private var found: [SourceLocation: Diagnostic] = [:]

    init(checker: TemplateValueChecker) {
        self.checker = checker
    }

    /// Every problem found, once per position (a partial shared by several pages is reported once).
    var diagnostics: [Diagnostic] { Array(found.values) }

    /// Whether every tag of `template` has been checked against a real value.
    func isComplete(_ template: String) -> Bool {
        unchecked[template]?.isEmpty == true
    }

    /// Whether `template` needs no more checking.
    func isDone(with template: String) -> Bool {
        isComplete(template) || attempts[template, default: 0] >= 64
    }

    /// Whether every page template needs no more checking.
    var allDone: Bool { TemplateSet.requiredTemplates.allSatisfy(isDone) }

    /// Whether every tag of every template was checked against a real value (none skipped for want of one).
    var allComplete: Bool { TemplateSet.requiredTemplates.allSatisfy(isComplete) }

    /// Checks `template` with one more view; sections that this view enters count as checked from now on.
    mutating func check(template: String, with view: Any) {
        guard !isDone(with: template) else { return }
        attempts[template, default: 0] += 1
        let outcome = checker.check(template: template, with: view)
        for diagnostic in outcome.diagnostics where found[diagnostic.location] == nil {
            found[diagnostic.location] = diagnostic
        }
        unchecked[template] = unchecked[template].map { $0.intersection(outcome.unchecked) } ?? outcome.unchecked
    }
}
