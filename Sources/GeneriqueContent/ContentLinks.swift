import GeneriqueCore
import GeneriqueMarkdown

/// Resolves links written in Markdown bodies to pages of the site.
///
/// Editors link to other content either by the Markdown file (`../societes/gaumont.md`, which also works
/// when browsing the repository) or by its site path (`/societes/gaumont/`). Both become the page's URL with
/// the base path; a link to content that does not exist is refused. Only http(s) and mailto may leave the
/// site, and images must be served by the site itself (no third-party requests from readers' browsers).
struct ContentLinks: Sendable {
    /// Base path of the site, `/` or `/guide/`.
    let basePath: String
    /// Keys of every content file, by folder: `profils` → {`marc-missonnier`, …}.
    let keys: [String: Set<String>]
    /// Paths under `templates/assets/`, relative to it.
    let assets: Set<String>

    /// Link targets from `paths`, the `sourcePaths` of a tree: nothing else of the tree matters.
    init(paths: [String], basePath: String) {
        self.basePath = basePath
        // One pass over the paths (a quick rebuild makes these for every bio it parses).
        var keys = Dictionary(uniqueKeysWithValues: ContentLoader.folders.map { ($0, Set<String>()) })
        var assets: Set<String> = []
        let assetFolder = "templates/assets/"
        for path in paths {
            if path.hasPrefix(assetFolder) {
                assets.insert(String(path.dropFirst(assetFolder.count)))
                continue
            }
            guard path.hasPrefix("content/"), path.hasSuffix(".md") else { continue }
            let rest = path.utf8.dropFirst("content/".count)
            guard let slash = rest.firstIndex(of: UInt8(ascii: "/")) else { continue }
            let folder = String(path[rest.startIndex..<slash])
            keys[folder]?.insert(EntryFile.keyOfFile(at: path))
        }
        self.keys = keys
        self.assets = assets
    }

    /// The paths of `tree` that link targets are made from: Markdown files of the content folders and
    /// assets. Trees with the same such paths resolve every link the same way (an editor's swap file or a
    /// new template changes nothing).
    static func sourcePaths(in tree: SourceTree) -> [String] {
        sourcePaths(of: tree.files.map(\.path))
    }

    /// The same, of a tree's paths in any order.
    static func sourcePaths(of paths: [String]) -> [String] {
        let folders = ContentLoader.folders.map { "content/\($0)/" }
        return paths.filter { path in
            path.hasPrefix("templates/assets/") || (path.hasSuffix(".md") && folders.contains { path.hasPrefix($0) })
        }
    }

    /// What to do with `link`, found in the file at `sourcePath`.
    func decide(_ link: MarkdownLink, in sourcePath: String) -> LinkDecision {
        let url = link.url
        if url.isEmpty || url.hasPrefix("#") { return .keep }
        if let scheme = Self.scheme(of: url) {
            guard ["http", "https", "mailto"].contains(scheme) else {
                return .reject(
                    LinkProblem(
                        "the '\(scheme):' scheme is not allowed in links", code: "unsafe-url",
                        hint: "links may use https://, http:// or mailto: only"))
            }
            if link.kind == .image {
                return .reject(
                    LinkProblem(
                        "images from other sites are not allowed: readers' browsers would contact that site",
                        code: "external-image", hint: "put the image in templates/assets/ and write /assets/<name>"))
            }
            return .keep
        }
        if url.hasPrefix("//") {
            return .reject(LinkProblem("protocol-relative URL '\(url)'", code: "unsafe-url", hint: "write https://\(url.dropFirst(2))"))
        }
        let (path, suffix) = Self.splitSuffix(url)
        if path.hasPrefix("/") { return sitePath(path, suffix: suffix, written: url) }
        if path.hasSuffix(".md") { return markdownFile(path, suffix: suffix, from: sourcePath, written: url) }
        return .reject(
            LinkProblem(
                "relative link '\(url)' depends on the address of the page it appears on", code: "relative-link",
                hint: "link to the Markdown file (../societes/<key>.md) or to the site path (/societes/<key>/)"))
    }

    /// The profile a link leads to, if any: used to refuse links to drafts that a build leaves out.
    func profileSlug(of link: MarkdownLink, in sourcePath: String) -> String? {
        let (path, _) = Self.splitSuffix(link.url)
        if path.hasPrefix("/\(SitePaths.profiles)/") {
            let slug = Self.segments(of: path).dropFirst().first
            return slug.flatMap { keys[SitePaths.profiles]?.contains($0) == true ? $0 : nil }
        }
        guard path.hasSuffix(".md"), let target = Self.join(directoryOf: sourcePath, path),
            target.hasPrefix("content/\(SitePaths.profiles)/")
        else { return nil }
        return EntryFile.keyOfFile(at: target)
    }

    /// The follow file a link leads to, if any: whether a build writes it depends on the group's accounts,
    /// known once every file is parsed (`FollowFileLink`).
    func followFile(of link: MarkdownLink) -> (group: FollowGroup, file: FollowFile)? {
        let (path, _) = Self.splitSuffix(link.url)
        guard path.hasPrefix("/") else { return nil }
        return followFile(at: Self.segments(of: path))
    }

    private func followFile(at segments: [String]) -> (group: FollowGroup, file: FollowFile)? {
        let group: FollowGroup
        switch segments.count {
        case 2 where segments[0] == SitePaths.openDataFolder: group = .guide
        case 3 where segments[0] == SitePaths.metiers && keys[SitePaths.metiers]?.contains(segments[1]) == true:
            group = .metier(segments[1])
        case 3 where segments[0] == SitePaths.societes && keys[SitePaths.societes]?.contains(segments[1]) == true:
            group = .societe(segments[1])
        default: return nil
        }
        return FollowFile.allCases.first { group.name(of: $0) == segments.last }.map { (group, $0) }
    }

    private func sitePath(_ path: String, suffix: String, written: String) -> LinkDecision {
        let segments = Self.segments(of: path)
        if segments.first == SitePaths.assets {
            let asset = segments.dropFirst().joined(separator: "/")
            guard assets.contains(asset) else {
                return .reject(
                    LinkProblem("no file templates/assets/\(asset) for '\(written)'", code: "broken-link",
                                hint: Suggestion.hint(for: asset, in: assets.sorted())))
            }
            return .rewrite(basePath + SitePaths.assets + "/" + asset + suffix)
        }
        guard let target = target(of: segments) else {
            return .reject(
                LinkProblem(
                    "link to '\(path)', which is not a page of the site", code: "broken-link",
                    hint: Suggestion.hint(for: path, in: knownSitePaths()).map { "\($0) (links use the path without the base path)" }))
        }
        return .rewrite(basePath + target + suffix)
    }

    /// What the site has at `segments`, as its path after the base path (`profils/x/`, `atom.xml`), or nil.
    /// Follow files are taken here whatever the group's accounts: `FollowFileLink` checks those later.
    private func target(of segments: [String]) -> String? {
        let joined = segments.joined(separator: "/")
        if SitePaths.fixedFiles.contains(joined) || followFile(at: segments) != nil { return joined }
        let exists: Bool
        switch segments.count {
        case 0: exists = true
        case 1 where SitePaths.sections.contains(segments[0]) || segments[0] == SitePaths.search: exists = true
        case 1: exists = keys["pages"]?.contains(segments[0]) == true
        case 2 where SitePaths.sections.contains(segments[0]): exists = keys[segments[0]]?.contains(segments[1]) == true
        default: exists = false
        }
        return exists ? (segments.isEmpty ? "" : joined + "/") : nil
    }

    private func markdownFile(_ path: String, suffix: String, from sourcePath: String, written: String) -> LinkDecision {
        guard let target = Self.join(directoryOf: sourcePath, path) else {
            return .reject(LinkProblem("link '\(written)' leads outside content/", code: "broken-link"))
        }
        if target == "content/index.md" { return .rewrite(basePath + suffix) }
        let parts = Self.segments(of: target)
        guard parts.count == 3, parts[0] == "content", let folderKeys = keys[parts[1]] else {
            return .reject(
                LinkProblem("link '\(written)' does not lead to a page of the guide", code: "broken-link",
                            hint: "link to a file of content/profils, metiers, societes or pages"))
        }
        let key = EntryFile.keyOfFile(at: target)
        guard folderKeys.contains(key) else {
            return .reject(
                LinkProblem(
                    "link to \(target), which does not exist", code: "broken-link",
                    hint: Suggestion.hint(for: key, in: folderKeys.sorted()).map { "\($0) (\(parts[1])/)" }))
        }
        let folder = parts[1] == "pages" ? "" : parts[1] + "/"
        return .rewrite(basePath + folder + key + "/" + suffix)
    }

    private func knownSitePaths() -> [String] {
        var paths = ["/"] + (SitePaths.sections + [SitePaths.search]).map { "/\($0)/" } + SitePaths.fixedFiles.map { "/" + $0 }
        for folder in SitePaths.sections {
            paths += (keys[folder] ?? []).sorted().map { "/\(folder)/\($0)/" }
        }
        paths += (keys["pages"] ?? []).sorted().map { "/\($0)/" }
        return paths
    }

    /// `https:` → `https`; nil for paths. A scheme is letters, digits, `+ - .` before the first `:`.
    ///
    /// URL syntax is made of code points, not of what a reader sees as characters, so this and the helpers
    /// below work on the UTF-8 bytes (every delimiter is ASCII): a link is decided in microseconds.
    static func scheme(of url: String) -> String? {
        var scheme: [UInt8] = []
        for byte in url.utf8 {
            switch byte {
            case UInt8(ascii: ":"):
                return scheme.isEmpty ? nil : String(decoding: scheme, as: UTF8.self)
            case UInt8(ascii: "a")...UInt8(ascii: "z"):
                scheme.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                scheme.append(byte + 32)
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
                guard !scheme.isEmpty else { return nil }
                scheme.append(byte)
            default:
                return nil
            }
        }
        return nil
    }

    /// `a/b.md#x` → (`a/b.md`, `#x`); the query or fragment is carried over to the rewritten URL.
    static func splitSuffix(_ url: String) -> (path: String, suffix: String) {
        guard let index = url.utf8.firstIndex(where: { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") }) else {
            return (url, "")
        }
        return (String(url[..<index]), String(url[index...]))
    }

    /// Resolves `relative` against the folder of `sourcePath`; nil if it climbs above the root.
    static func join(directoryOf sourcePath: String, _ relative: String) -> String? {
        let slash = UInt8(ascii: "/")
        var parts = Array(sourcePath.utf8.split(separator: slash).dropLast())
        for segment in relative.utf8.split(separator: slash) {
            if segment.elementsEqual(".".utf8) { continue }
            if segment.elementsEqual("..".utf8) {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
                continue
            }
            parts.append(segment)
        }
        var joined: [UInt8] = []
        for part in parts {
            if !joined.isEmpty { joined.append(slash) }
            joined.append(contentsOf: part)
        }
        return String(decoding: joined, as: UTF8.self)
    }

    /// The non-empty segments of a path, split at each `/`.
    static func segments(of path: String) -> [String] {
        path.utf8.split(separator: UInt8(ascii: "/")).map { String(decoding: $0, as: UTF8.self) }
    }
}
