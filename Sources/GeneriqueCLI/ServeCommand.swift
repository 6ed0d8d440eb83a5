import ArgumentParser
import Dispatch
import Foundation
import GeneriqueCore
import GeneriqueServe

/// `generique serve`.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the site locally, rebuild on every change and reload open tabs.",
        discussion: """
            Builds the site in memory (public/ is not touched), serves it over HTTP, watches content/ and \
            templates/ and rebuilds what a change affects. Open tabs reload by themselves; while the content \
            has errors, pages list them with their file, line and column, and recover once the file is fixed. \
            The reload script exists only while serving, never in build output. Ctrl-C stops the server.

            Exit codes: 0 stopped with Ctrl-C, 1 the server could not start (port taken, unreadable folder), \
            2 usage errors.

            Examples:
              generique serve                      then open http://127.0.0.1:1313/
              generique serve --port 8080 --drafts
              generique serve --root ../guide --port 0      (any free port)
            """)

    @OptionGroup var site: SiteOptions
    @OptionGroup var output: OutputOptions

    @Option(name: .long, help: ArgumentHelp("The port to listen on; 0 picks a free one.", valueName: "port"))
    var port: UInt16 = 1313

    @Option(name: .long, help: ArgumentHelp("The address to listen on (loopback by default).", valueName: "address"))
    var host = "127.0.0.1"

    func run() async throws {
        var options = LiveServerOptions(
            root: URL(fileURLWithPath: site.root), host: host, port: port, baseURL: site.baseURL, includeDrafts: site.drafts)
        options.today = { .today() }
        let reporter = ServeReporter(verbosity: output.verbosity, style: .forStandardError())
        let serving = Task { () -> ServeFailure? in
            do throws(ServeFailure) {
                try await LiveServer.run(options, onEvent: reporter.report)
                return nil
            } catch {
                return error
            }
        }
        let interrupts = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number)
            source.setEventHandler { serving.cancel() }
            source.resume()
            return source
        }
        defer { interrupts.forEach { $0.cancel() } }
        if let failure = await serving.value {
            reporter.failed(failure)
            throw ExitCode(ExitStatus.contentErrors)
        }
        reporter.stopped()
    }
}

/// What `serve` prints: where the site is, each rebuild in one line, and the diagnostics of failed builds.
struct ServeReporter: Sendable {
    let verbosity: Verbosity
    let style: TerminalStyle

    func report(_ event: LiveEvent) {
        switch event {
        case .listening(let url):
            if verbosity != .quiet { Console.out("Serving the guide at \(url.absoluteString) (Ctrl-C to stop)") }
        case .built(let site, let result, let duration):
            for diagnostic in site.diagnostics { Console.error(style.format(diagnostic)) }
            guard verbosity != .quiet else { return }
            if site.hasErrors {
                Console.error("Errors: the browser shows them until the files are fixed.")
            } else {
                let pages = result.renderedPages == 1 ? "1 page" : "\(result.renderedPages) pages"
                Console.out("Built version \(site.generation) in \(Console.milliseconds(duration)) ms (\(pages) rendered)")
            }
            if verbosity == .verbose {
                Console.out("  " + result.phases.map { "\($0.name) \(Console.milliseconds($0.duration)) ms" }.joined(separator: ", "))
            }
        case .unchanged(let duration):
            if verbosity == .verbose { Console.out("Rebuilt in \(Console.milliseconds(duration)) ms: nothing changed") }
        }
    }

    func stopped() {
        if verbosity != .quiet { Console.out("Stopped.") }
    }

    func failed(_ failure: ServeFailure) {
        Console.error(style.format(failure: failure.message, hint: failure.hint))
    }
}
