import Foundation
import GeneriqueCore

/// Small in-memory sites for tests: a valid minimal site that each test extends or breaks.
enum TestSite {
    static let siteYAML = """
        title: "Qui suivre ?"
        description: "Le guide de test."
        baseURL: "https://example.org/guide/"
        """

    /// The basic fixture's templates (`Fixtures/Sites/basic/templates`), which print every view-model value.
    static let templateFiles: [SourceFile] = {
        let folder = TestPaths.fixtures.appendingPathComponent("Sites/basic/templates")
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        var files: [SourceFile] = []
        while let relative = enumerator?.nextObject() as? String {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(relative).path),
                relative.hasSuffix(".mustache") || relative.hasPrefix("assets/")
            else { continue }
            files.append(SourceFile(path: "templates/\(relative)", bytes: [UInt8](data)))
        }
        return files
    }()

    /// A tree with `site.yml`, the templates, and the given content files (path relative to `content/`).
    static func tree(_ content: [String: String], site: String = siteYAML) -> SourceTree {
        var files = [SourceFile(path: "content/site.yml", text: site)]
        files += content.map { SourceFile(path: "content/\($0.key)", text: $0.value) }
        files += templateFiles
        return SourceTree(files: files)
    }

    static func metier(_ title: String, label: String, order: Int) -> String {
        "---\ntitle: \(title)\nlabel: \(label)\norder: \(order)\n---\nDescription.\n"
    }

    static func profile(_ name: String, professions: [String], companies: [String] = [], extra: String = "") -> String {
        var text = "---\nname: \(name)\nprofessions: [\(professions.joined(separator: ", "))]\n"
        if !companies.isEmpty { text += "companies: [\(companies.joined(separator: ", "))]\n" }
        return text + extra + "---\nBio de \(name).\n"
    }

    static func societe(_ name: String, kind: String = "distribution") -> String {
        "---\nname: \(name)\nkind: \(kind)\n---\nDescription.\n"
    }

    /// Writes a tree to disk under `root` (replacing its `content/`), for tests that run real builds.
    static func write(_ tree: SourceTree, to root: URL) throws {
        try? FileManager.default.removeItem(at: root.appendingPathComponent("content"))
        for file in tree.files {
            let url = root.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.bytes).write(to: url)
        }
    }

    /// A site of `count` generated profiles; `variant` changes every bio and drops every seventh profile.
    static func generated(count: Int, variant: Int) -> SourceTree {
        var files = ["metiers/production.md": metier("Productrices et producteurs", label: "Production", order: 1)]
        for index in 0..<count where variant == 0 || index % 7 != 0 {
            files["profils/p\(index).md"] = profile("Personne \(index)", professions: ["production"])
                .replacingOccurrences(of: "Bio de", with: "Version \(variant) — bio de")
        }
        return tree(files)
    }
}
