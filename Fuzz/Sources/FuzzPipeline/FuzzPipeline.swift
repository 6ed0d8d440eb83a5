import Dispatch
import GeneriqueBuild
import GeneriqueCore
import Synchronization

/// The files a fuzz input can become: its first byte picks one, the rest is the file's bytes. Everything else
/// is a small valid site, so every stage of the pipeline sees the input.
let targets = [
    "content/profils/fuzz.md", "content/metiers/production.md", "content/societes/gaumont.md",
    "content/pages/a-propos.md", "content/index.md", "content/site.yml", "templates/profile.mustache",
    "templates/partials/profile-card.mustache", "templates/layout.mustache",
]

let baseSite: [String: String] = [
    "content/site.yml": "title: \"Qui suivre ?\"\ndescription: \"Fuzz.\"\nbaseURL: \"https://example.org/guide/\"\n",
    "content/metiers/production.md": "---\ntitle: Productrices et producteurs\nlabel: Production\norder: 1\n---\nTexte.\n",
    "content/societes/gaumont.md": "---\nname: Gaumont\nkind: production\n---\nTexte.\n",
    "content/profils/anne.md": "---\nname: Anne\nprofessions: [production]\ncompanies: [gaumont]\n---\n[Lien](fuzz.md)\n",
    "content/profils/fuzz.md": "---\nname: Fuzz\nprofessions: [production]\n---\n",
    "templates/layout.mustache":
        "<html lang=\"{{site.language}}\"><title>{{page.title}}</title>{{#site}}{{> partials/site-header}}{{/site}}{{$content}}{{/content}}{{#site}}{{> partials/site-footer}}{{/site}}</html>",
    "templates/partials/site-header.mustache": "<nav>{{#navigation}}<a href=\"{{url}}\">{{label}}</a>{{/navigation}}</nav>",
    "templates/partials/site-footer.mustache": "<footer>{{#footerLinks}}<a href=\"{{url}}\">{{label}}</a>{{/footerLinks}}</footer>",
    "templates/home.mustache": "{{<layout}}{{$content}}{{{introHTML}}}{{#recent}}{{> partials/profile-card}}{{/recent}}{{/content}}{{/layout}}",
    "templates/profiles.mustache": "{{<layout}}{{$content}}{{#groups}}{{#profiles}}{{> partials/profile-card}}{{/profiles}}{{/groups}}{{/content}}{{/layout}}",
    "templates/profile.mustache": "{{<layout}}{{$content}}{{name}}{{#accounts}}{{url}}{{/accounts}}{{{bioHTML}}}{{/content}}{{/layout}}",
    "templates/metiers.mustache": "{{<layout}}{{$content}}{{#metiers}}{{title}}{{/metiers}}{{/content}}{{/layout}}",
    "templates/metier.mustache": "{{<layout}}{{$content}}{{{descriptionHTML}}}{{#members}}{{> partials/profile-card}}{{/members}}{{/content}}{{/layout}}",
    "templates/societes.mustache": "{{<layout}}{{$content}}{{#kinds}}{{label}}{{/kinds}}{{/content}}{{/layout}}",
    "templates/societe.mustache": "{{<layout}}{{$content}}{{{descriptionHTML}}}{{/content}}{{/layout}}",
    "templates/page.mustache": "{{<layout}}{{$content}}{{{bodyHTML}}}{{/content}}{{/layout}}",
    "templates/404.mustache": "{{<layout}}{{$content}}{{#links}}{{url}}{{/links}}{{/content}}{{/layout}}",
    "templates/partials/profile-card.mustache": "<a href=\"{{url}}\">{{name}}</a>",
]

/// One fuzz input through the whole pipeline.
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let target = targets[Int(bytes[0]) % targets.count]
    var files = baseSite.map { SourceFile(path: $0.key, text: $0.value) }.filter { $0.path != target }
    files.append(SourceFile(path: target, bytes: Array(bytes.dropFirst())))
    let result = generateWaiting(SourceTree(files: files))
    // Every input either builds or says why not: no silent failure.
    if result.files == nil && !result.diagnostics.containsErrors {
        fatalError("no output and no error for an input of \(size) bytes")
    }
    return 0
}

/// Where the asynchronous pipeline leaves its result for the fuzzer's synchronous callback.
final class ResultSlot: Sendable {
    let value = Mutex<SiteGenerator.Result?>(nil)
}

/// libFuzzer calls from its own thread, outside Swift concurrency: wait there for the async pipeline.
func generateWaiting(_ tree: SourceTree) -> SiteGenerator.Result {
    let slot = ResultSlot()
    let done = DispatchSemaphore(value: 0)
    Task {
        let result = await SiteGenerator.generate(tree)
        slot.value.withLock { $0 = result }
        done.signal()
    }
    done.wait()
    return slot.value.withLock { $0! }
}
