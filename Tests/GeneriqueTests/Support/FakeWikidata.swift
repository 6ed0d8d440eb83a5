import Foundation

/// What the tests of the Wikidata commands share: a small site, and answers in the JSON shape of
/// `wbgetentities` for a fake www.wikidata.org.
enum FakeWikidata {
    /// A site in a fresh temporary folder: `site.yml` naming https://guide.test/, `files` under `content/`
    /// (by path relative to it), and the shipped templates when `templates` (to build it).
    static func site(_ files: [String: String], templates: Bool = false) throws -> URL {
        let root = TestPaths.temporaryFolder()
        let config = ["site.yml": "title: Guide\ndescription: Le guide.\nbaseURL: https://guide.test/\n"]
        for (path, text) in files.merging(config, uniquingKeysWith: { given, _ in given }) {
            let url = root.appendingPathComponent("content/\(path)")
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        if templates {
            try FileManager.default.copyItem(
                at: TestPaths.packageRoot.appendingPathComponent("templates"), to: root.appendingPathComponent("templates"))
        }
        return root
    }

    /// A statement whose value is a string, with an end time and a reference URL when given.
    static func statement(_ value: String, rank: String = "normal", end: String? = nil, reference: String? = nil) -> String {
        let qualifiers = end.map {
            #","qualifiers":{"P582":[{"snaktype":"value","property":"P582","datavalue":{"value":{"time":"\#($0)","#
                + #""timezone":0,"before":0,"after":0,"precision":11},"type":"time"}}]}"#
        } ?? ""
        let references = reference.map {
            #","references":[{"snaks":{"P854":[{"snaktype":"value","property":"P854","#
                + #""datavalue":{"value":"\#($0)","type":"string"}}]}}]"#
        } ?? ""
        return #"{"mainsnak":{"snaktype":"value","datavalue":{"value":"\#(value)","type":"string"}},"type":"statement","#
            + #""rank":"\#(rank)"\#(qualifiers)\#(references)}"#
    }

    /// A statement whose value is the item `id` (an occupation, a family name).
    static func item(_ id: String) -> String {
        #"{"mainsnak":{"snaktype":"value","datavalue":{"value":{"entity-type":"item","id":"\#(id)"},"#
            + #""type":"wikibase-entityid"}},"type":"statement","rank":"normal"}"#
    }

    /// An entity with a French label and `claims` (the inside of the claims object).
    static func entity(_ id: String, label: String, claims: String = "") -> String {
        #""\#(id)":{"id":"\#(id)","labels":{"fr":{"language":"fr","value":"\#(label)"}},"claims":{\#(claims)}}"#
    }

    /// The ids a `wbgetentities` request asks for.
    static func ids(_ request: FakeNetwork.Request) -> [String] {
        (request.query["ids"] ?? "").split(separator: "|").map(String.init)
    }

    /// The answer holding `entities` (each `"Q1":{…}`).
    static func answer(_ entities: [String]) -> FakeNetwork.Response {
        .json(#"{"entities":{"# + entities.joined(separator: ",") + #"},"success":1}"#)
    }
}
