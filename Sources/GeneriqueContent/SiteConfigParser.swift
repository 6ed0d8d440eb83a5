import GeneriqueCore

/// `content/site.yml` → `SiteConfig`.
enum SiteConfigParser {
    static let allowedKeys = ["title", "description", "baseURL", "language", "accounts", "unsafe_html"]

    static func parse(_ file: SourceFile, baseURLOverride: String?) -> (SiteConfig?, [Diagnostic]) {
        let source: SourceText
        switch SourceText.decode(file) {
        case .success(let text): source = text
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
        let yaml: YAMLFields
        switch YAMLFields.parse(source.text, path: file.path, firstLine: 1) {
        case .success(let parsed): yaml = parsed
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
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
        let accounts = fields.accounts("accounts").map(\.account)
        let unsafeHTML = fields.bool("unsafe_html") ?? false
        guard let title, let description, let baseURL, !fields.diagnostics.containsErrors else {
            return (nil, fields.diagnostics)
        }
        let config = SiteConfig(
            title: title, description: description, baseURL: baseURL, language: language, accounts: accounts,
            unsafeHTML: unsafeHTML)
        return (config, fields.diagnostics)
    }
}
