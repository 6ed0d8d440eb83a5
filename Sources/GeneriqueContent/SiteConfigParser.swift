import GeneriqueCore

/// `content/site.yml` → `SiteConfig`.
enum SiteConfigParser {
    static let allowedKeys = ["title", "description", "baseURL", "language", "accounts", "unsafe_html", "stale_after"]

    static func parse(_ file: SourceFile, baseURLOverride: String?) -> (SiteConfig?, [Diagnostic]) {
        let source: SourceText
        switch SourceText.decode(file) {
        case .success(let text): source = text
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
        let (parsed, yamlDiagnostics) = YAMLFields.parse(source.text, path: file.path, firstLine: 1)
        guard let yaml = parsed else { return (nil, yamlDiagnostics) }
        var fields = FieldReader(yaml, allowedKeys: allowedKeys, container: "site.yml")
        let title = fields.text("title", required: true)
        let description = fields.text("description", required: true)
        var baseURL = baseURLOverride
        if baseURLOverride == nil, let raw = fields.string("baseURL", required: true, expected: "an absolute URL such as https://www.example.fr/") {
            baseURL = SiteConfig.normalizedBaseURL(raw)
            if baseURL == nil {
                fields.report(
                    at: "baseURL", "baseURL '\(raw)' is not an absolute http(s) URL", code: "invalid-url",
                    hint: "for example: baseURL: \"https://www.example.fr/guide/\"")
            }
        }
        let language = fields.string("language") ?? "fr"
        if !LanguageTag.isWellFormed(language) {
            fields.report(
                at: "language", "'\(language)' is not a BCP 47 language tag", code: "invalid-language",
                hint: "write a language code, with a region if needed: fr, fr-FR, fr-CA, br, oc")
        }
        let accounts = fields.accounts("accounts").map(\.account)
        let unsafeHTML = fields.bool("unsafe_html") ?? false
        var staleAfter = fields.int("stale_after", example: SiteConfig.defaultStaleAfterDays) ?? SiteConfig.defaultStaleAfterDays
        if staleAfter <= 0 {
            fields.report(
                at: "stale_after", "'stale_after' must be a number of days greater than 0", code: "wrong-type",
                hint: "for example: stale_after: \(SiteConfig.defaultStaleAfterDays)")
            staleAfter = SiteConfig.defaultStaleAfterDays
        }
        let diagnostics = yamlDiagnostics + fields.diagnostics
        guard let title, let description, let baseURL, !diagnostics.containsErrors else {
            return (nil, diagnostics)
        }
        let config = SiteConfig(
            title: title, description: description, baseURL: baseURL, language: language, accounts: accounts,
            unsafeHTML: unsafeHTML, staleAfterDays: staleAfter)
        return (config, diagnostics)
    }
}
