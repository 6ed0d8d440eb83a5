/// Entity tags as `If-None-Match` lists them (RFC 9110 §8.8.3): `*`, or a comma-separated list of
/// `"opaque"` and `W/"opaque"` tags.
enum EntityTag {
    /// Whether `field` (an `If-None-Match` value) matches `etag` (a quoted tag as the responder sends it),
    /// with the weak comparison RFC 9110 §13.1.2 prescribes for `If-None-Match`: `W/` prefixes are ignored
    /// and the opaque parts compared. A malformed list matches nothing, so the full response is sent.
    static func weaklyMatches(_ field: String, _ etag: String) -> Bool {
        let field = Substring(field).trimmingWhitespace()
        if field == "*" { return true }
        guard let listed = opaqueTags(in: field) else { return false }
        let own = opaqueTag(etag)
        return listed.contains(own)
    }

    /// The opaque parts of a list of entity tags, quotes included; nil when the list is malformed.
    private static func opaqueTags(in list: Substring) -> [Substring]? {
        var tags: [Substring] = []
        var rest = list
        while true {
            rest = rest.drop { $0 == "," || $0 == " " || $0 == "\t" }
            if rest.isEmpty { return tags }
            if rest.hasPrefix("W/") { rest = rest.dropFirst(2) }
            // The opaque part may contain commas, so it is read up to its closing quote, not split on commas.
            guard rest.first == "\"", let close = rest.dropFirst().firstIndex(of: "\"") else { return nil }
            tags.append(rest[...close])
            rest = rest[rest.index(after: close)...].trimmingWhitespace()
            guard rest.isEmpty || rest.first == "," else { return nil }
        }
    }

    private static func opaqueTag(_ etag: String) -> Substring {
        etag.hasPrefix("W/") ? etag.dropFirst(2) : Substring(etag)
    }
}
