import GeneriqueCore

/// What `serve` adds to pages, and the pages it shows instead of the site: the reload script, the list of
/// problems while the latest build has errors, and a waiting page before the first build.
enum ReloadPage {
    /// Reloads the tab when the server announces a version other than the one the page was served from.
    /// Loaded from the server (not inline), so a strict Content-Security-Policy in the theme still allows it.
    static let script = """
        // Générique serve: reloads this tab when the site is rebuilt. Never part of a build's output.
        (function () {
          "use strict";
          var script = document.currentScript;
          var shown = script ? script.getAttribute("data-generation") : null;
          var events = new EventSource("\(LiveResponder.eventsPath)");
          events.addEventListener("site", function (event) {
            if (event.data !== shown) {
              events.close();
              location.reload();
            }
          });
        })();

        """

    /// `page` with the script tag before its last `</body>` (or at the end when there is none).
    static func injectingScript(into page: [UInt8], generation: Int) -> [UInt8] {
        let tag = Array("<script src=\"\(LiveResponder.scriptPath)\" data-generation=\"\(generation)\"></script>\n".utf8)
        let closing = Array("</body>".utf8)
        var index = page.count - closing.count
        while index >= 0 {
            if page[index..<index + closing.count].elementsEqual(closing, by: { lowercased($0) == $1 }) {
                return Array(page[..<index]) + tag + Array(page[index...])
            }
            index -= 1
        }
        return page + tag
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (65...90).contains(byte) ? byte + 32 : byte
    }

    /// The page shown instead of the site while the latest build has errors: every diagnostic, positioned.
    static func overlay(_ diagnostics: [Diagnostic]) -> [UInt8] {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let title = errors == 1 ? "1 erreur empêche la construction du site" : "\(errors) erreurs empêchent la construction du site"
        let items = diagnostics.map { diagnostic in
            let location = diagnostic.location
            // The same text as the terminal's, control characters made visible (`Diagnostic.shownMessage`).
            let hint = diagnostic.shownHint.map { "<p class=\"hint\">Piste\u{A0}: \(HTMLEscaping.escape($0))</p>" } ?? ""
            return """
                <li class="\(diagnostic.severity.rawValue)"><p class="where"><code>\(HTMLEscaping.escape(diagnostic.shownPath)):\(location.line):\(location.column)</code> \
                <strong>\(diagnostic.severity == .error ? "erreur" : "avertissement")</strong></p>\
                <p>\(HTMLEscaping.escape(diagnostic.shownMessage)) <code>[\(HTMLEscaping.escape(diagnostic.code))]</code></p>\(hint)</li>
                """
        }
        return document(
            title: title,
            body: """
                <h1>\(title)</h1>
                <p>Corrigez le fichier et enregistrez-le\u{A0}: cette page se recharge toute seule.</p>
                <ol>
                \(items.joined(separator: "\n"))
                </ol>
                """)
    }

    /// The page shown before the first build has finished.
    static func building() -> [UInt8] {
        document(title: "Construction du site…", body: "<h1>Construction du site…</h1>\n<p>La page se recharge toute seule.</p>")
    }

    private static func document(title: String, body: String) -> [UInt8] {
        Array(
            """
            <!DOCTYPE html>
            <html lang="fr">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title) — Générique</title>
            <style>
            body { font: 1rem/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; background: #fff; }
            h1 { font-size: 1.5rem; color: #a40000; }
            li { margin-block: 1.25rem; } li p { margin: 0.25rem 0; } code { font-family: ui-monospace, monospace; overflow-wrap: anywhere; }
            .hint { color: #444; } .warning strong { color: #7a4d00; } .error strong { color: #a40000; }
            @media (prefers-color-scheme: dark) { body { color: #eee; background: #161616; } h1, .error strong { color: #ff8a80; } .hint { color: #bbb; } .warning strong { color: #ffcc80; } }
            </style>
            </head>
            <body>
            <main>
            \(body)
            </main>
            </body>
            </html>

            """.utf8)
    }
}
