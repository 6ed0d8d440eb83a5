import Foundation

/// What becomes of raw HTML when a site lets it through (`unsafe_html: true`): every URL an attribute holds
/// goes through the same rules as Markdown links and images (checked, given the base path, refused when they
/// would leave the site or load from another one), and what would run a script is refused — event-handler
/// attributes, `javascript:` URLs in any attribute, `<base>`, `<meta http-equiv>`, CSS escapes in `style`.
/// Refused attributes are dropped from the HTML and reported.
struct RawHTMLRewriter {
    /// Decides a URL found at a byte offset of the fragment, as a Markdown link or image would be decided.
    let decide: (_ url: String, _ kind: MarkdownLink.Kind, _ offset: Int) -> (MarkdownLink, LinkDecision)
    /// Positions a problem found at a byte offset of the fragment.
    let locate: (_ offset: Int) -> MarkdownLink

    /// The fragment rewritten (nil when unchanged), with every URL found and every refusal.
    struct Outcome {
        var html: String?
        var links: [MarkdownLink] = []
        var rejected: [RejectedLink] = []
        /// The fragment's tags, for the `lang` of the text that follows.
        var tags: [RawHTMLTag] = []
    }

    func rewrite(_ html: String) -> Outcome {
        let bytes = Array(html.utf8)
        var outcome = Outcome(tags: RawHTMLTag.scan(bytes))
        // Replacements by byte range, applied from the end so earlier offsets stay right.
        var edits: [(range: Range<Int>, text: String)] = []
        for tag in outcome.tags where !tag.isClosing {
            if let problem = Self.refusedElement(tag), let first = tag.attributes.first {
                outcome.rejected.append(RejectedLink(link: locate(first.nameOffset), problem: problem))
            }
            for attribute in tag.attributes {
                guard let edit = check(attribute, of: tag, into: &outcome) else { continue }
                edits.append((attribute.range, edit))
            }
        }
        guard !edits.isEmpty else { return outcome }
        var rewritten = bytes
        for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            rewritten.replaceSubrange(edit.range, with: Array(edit.text.utf8))
        }
        outcome.html = String(decoding: rewritten, as: UTF8.self)
        return outcome
    }

    /// The attribute's replacement (empty to drop it), or nil to keep it as written.
    private func check(_ attribute: RawHTMLTag.Attribute, of tag: RawHTMLTag, into outcome: inout Outcome) -> String? {
        let name = attribute.name
        if name.hasPrefix("on") {
            refuse(
                attribute, "event handler attribute '\(name)' is not allowed in raw HTML", code: "unsafe-html",
                hint: "pages run no scripts of their own: remove the attribute", into: &outcome)
            return ""
        }
        guard let value = attribute.value else { return nil }
        if name == "style" {
            return checkStyle(value, attribute, into: &outcome)
        }
        guard let kind = Self.urlKind(of: name, in: tag.name) else {
            let scheme = Self.normalizedURL(value).lowercased()
            guard scheme.hasPrefix("javascript:") || scheme.hasPrefix("vbscript:") else { return nil }
            refuse(attribute, "a script URL is not allowed in raw HTML", code: "unsafe-url",
                   hint: "links may use https://, http:// or mailto: only", into: &outcome)
            return ""
        }
        let urls = Self.isList(name) ? Self.candidates(in: value, separatedByCommas: name == "srcset") : [(value, "")]
        var rebuilt: [String] = []
        var changed = false
        for (url, descriptor) in urls {
            let (link, decision) = decide(Self.normalizedURL(url), kind, attribute.nameOffset)
            outcome.links.append(link)
            switch decision {
            case .keep:
                rebuilt.append(url + descriptor)
            case .rewrite(let target):
                rebuilt.append(target + descriptor)
                changed = true
            case .reject(let problem):
                outcome.rejected.append(RejectedLink(link: link, problem: problem))
                return ""
            }
        }
        guard changed else { return nil }
        let joined = rebuilt.joined(separator: name == "srcset" ? ", " : " ")
        return " \(name)=\"\(Self.escapeAttribute(joined))\""
    }

    /// `url(…)` in a style loads a resource, like an image; CSS escapes could hide one, so they are refused.
    private func checkStyle(_ value: String, _ attribute: RawHTMLTag.Attribute, into outcome: inout Outcome) -> String? {
        if value.contains("\\") {
            refuse(attribute, "CSS escapes are not allowed in a raw HTML style attribute", code: "unsafe-html",
                   hint: "write the style without backslashes", into: &outcome)
            return ""
        }
        var rebuilt = ""
        var changed = false
        var rest = Substring(value)
        while let open = rest.range(of: "url(", options: .caseInsensitive) {
            let inside = rest[open.upperBound...].prefix { $0 != ")" }
            let url = inside.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            let (link, decision) = decide(Self.normalizedURL(url), .image, attribute.nameOffset)
            outcome.links.append(link)
            rebuilt += rest[..<open.upperBound]
            switch decision {
            case .keep:
                rebuilt += inside
            case .rewrite(let target):
                rebuilt += "'\(target)'"
                changed = true
            case .reject(let problem):
                outcome.rejected.append(RejectedLink(link: link, problem: problem))
                return ""
            }
            rest = rest[inside.endIndex...]
        }
        guard changed else { return nil }
        return " style=\"\(Self.escapeAttribute(rebuilt + rest))\""
    }

    private func refuse(
        _ attribute: RawHTMLTag.Attribute, _ message: String, code: String, hint: String, into outcome: inout Outcome
    ) {
        outcome.rejected.append(
            RejectedLink(link: locate(attribute.nameOffset), problem: LinkProblem(message, code: code, hint: hint)))
    }

    /// Elements refused whole: `<base>` changes where every link of the page leads, `<meta http-equiv>` can
    /// send the reader elsewhere.
    private static func refusedElement(_ tag: RawHTMLTag) -> LinkProblem? {
        if tag.name == "base" {
            return LinkProblem("<base> is not allowed in raw HTML: it would change where every link of the page leads",
                               code: "unsafe-html", hint: "remove the element")
        }
        if tag.name == "meta", tag.attributes.contains(where: { $0.name == "http-equiv" }) {
            return LinkProblem("<meta http-equiv> is not allowed in raw HTML", code: "unsafe-html", hint: "remove the element")
        }
        return nil
    }

    /// Whether the attribute holds a URL, and whether the browser follows it (a link) or loads it (an image:
    /// it must be served by the site).
    private static func urlKind(of attribute: String, in element: String) -> MarkdownLink.Kind? {
        switch attribute {
        case "href": return element == "link" ? .image : .link
        case "xlink:href": return element == "a" ? .link : .image
        case "action", "formaction", "cite", "longdesc": return .link
        case "src", "srcset", "poster", "data", "background", "ping": return .image
        default: return nil
        }
    }

    private static func isList(_ attribute: String) -> Bool { attribute == "srcset" || attribute == "ping" }

    /// The URLs of a `srcset` (with their descriptors, `2x`) or a `ping` list.
    private static func candidates(in value: String, separatedByCommas: Bool) -> [(String, String)] {
        if !separatedByCommas {
            return value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map { (String($0), "") }
        }
        return value.split(separator: ",").compactMap { candidate in
            let trimmed = candidate.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { return nil }
            let url = trimmed.prefix { !$0.isWhitespace }
            return (String(url), String(trimmed.dropFirst(url.count)))
        }
    }

    /// The URL as a browser reads it: leading and trailing spaces and control characters dropped, tabs and
    /// line breaks inside removed.
    static func normalizedURL(_ value: String) -> String {
        let scalars = value.unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
        let trimmed = scalars.drop { $0.value <= 0x20 }.reversed().drop { $0.value <= 0x20 }.reversed()
        var result = ""
        result.unicodeScalars.append(contentsOf: trimmed)
        return result
    }

    private static func escapeAttribute(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
