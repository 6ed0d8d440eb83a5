/// Which URLs content may link to.
public enum URLRules {
    /// Why an external URL (website, feed, source) is refused, or nil when it is an absolute http(s) URL
    /// or a mailto address. `javascript:` and `data:` URLs can run code in readers' browsers.
    public static func problem(withExternalURL url: String) -> String? {
        let lowered = url.lowercased()
        if lowered.hasPrefix("mailto:") { return lowered.count > 7 ? nil : "empty e-mail address" }
        guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://") else {
            if let colon = lowered.firstIndex(of: ":") {
                return "the '\(lowered[..<colon])' scheme is not allowed (only http, https and mailto)"
            }
            return "'\(url)' is not an absolute URL"
        }
        let afterScheme = lowered.drop(while: { $0 != ":" }).dropFirst(3)
        let host = afterScheme.prefix(while: { $0 != "/" && $0 != "?" && $0 != "#" })
        if host.isEmpty { return "'\(url)' has no host name" }
        if url.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" }) {
            return "'\(url)' contains spaces or quotes"
        }
        return nil
    }
}
