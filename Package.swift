// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Generique",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "generique", targets: ["generique"]),
        // The pipeline as a library, for the fuzz package in Fuzz/ (and any tool built on Générique).
        .library(name: "GeneriqueBuild", targets: ["GeneriqueBuild"]),
    ],
    dependencies: [
        // Exact: front matter is read with libyaml's event API through Yams's `CYaml` module, an internal
        // target of Yams, so an update must be checked deliberately.
        .package(url: "https://github.com/jpsim/Yams.git", exact: "6.2.2"),
        // The tests' oracle for the template engine (GeneriqueTemplates); not a dependency of the product.
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", exact: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", exact: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", exact: "2.0.1"),
        // Sockets for `serve` (FlyingSocks; the HTTP/1.1 over them is our own, with size caps and timeouts),
        // and FlyingFox's HTTP client and server for tests: small modules, no dependencies (Hummingbird would
        // bring SwiftNIO, which CI would rebuild on every run for a development server).
        .package(url: "https://github.com/swhitty/FlyingFox.git", exact: "0.27.1"),
    ],
    targets: [
        // cmark-gfm from Debian (libcmark-gfm-dev, libcmark-gfm-extensions-dev).
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // One C function: renameat2(RENAME_EXCHANGE), which Swift's Glibc module does not expose.
        .target(name: "CAtomicSwap"),
        // Values shared by every stage: diagnostics, slugs, collation, the validated model.
        .target(name: "GeneriqueCore"),
        // Markdown to HTML (the only module that talks to cmark-gfm) and French typography.
        .target(name: "GeneriqueMarkdown", dependencies: ["CCmarkGFM", "GeneriqueCore"]),
        // Reads content files, splits front matter, reads YAML (libyaml events), validates the model.
        .target(
            name: "GeneriqueContent",
            dependencies: ["GeneriqueCore", "GeneriqueMarkdown", .product(name: "Yams", package: "Yams")]
        ),
        // Groups and sorts the validated model into the site's index.
        .target(name: "GeneriqueIndex", dependencies: ["GeneriqueCore"]),
        // Mustache templates compiled against typed view models (each view lists its fields once) and
        // rendered into bytes.
        .target(name: "GeneriqueTemplates", dependencies: ["GeneriqueCore"]),
        // View models and the site's templates: the index becomes output files.
        .target(name: "GeneriqueRender", dependencies: ["GeneriqueCore", "GeneriqueIndex", "GeneriqueMarkdown", "GeneriqueTemplates"]),
        // The pipeline end to end, and the writer that publishes the output folder.
        .target(
            name: "GeneriqueBuild",
            dependencies: ["CAtomicSwap", "GeneriqueCore", "GeneriqueContent", "GeneriqueIndex", "GeneriqueRender"]
        ),
        // `serve`: in-memory incremental rebuilds, file watching (inotify), HTTP with live reload.
        .target(
            name: "GeneriqueServe",
            dependencies: [
                "GeneriqueBuild", "GeneriqueContent", "GeneriqueCore", "GeneriqueRender",
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        // HTTP for the commands that go online: politely (per-host limits, retries, rate limits) and safely
        // (public addresses only, size caps, `--resolve`), over Foundation's URLSession — no package, so CI
        // builds nothing more. Builds never depend on it.
        .target(name: "GeneriqueFetch"),
        // `verify`: every account, website and feed of the loaded content checked online, each network the way
        // it allows, with identity evidence, a result cache, reports and `--write`.
        .target(name: "GeneriqueVerify", dependencies: ["GeneriqueCore", "GeneriqueContent", "GeneriqueFetch"]),
        // Wikidata's Action API, asked as the Wikimedia API policy wants: items by name, and what an entry's item
        // would change in its accounts, website and feed (handles checked by the content's rules).
        .target(name: "GeneriqueWikidata", dependencies: ["GeneriqueCore", "GeneriqueContent", "GeneriqueFetch"]),
        // Command-line interface.
        .target(
            name: "GeneriqueCLI",
            dependencies: [
                "GeneriqueBuild", "GeneriqueServe", "GeneriqueFetch", "GeneriqueVerify", "GeneriqueWikidata",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "generique", dependencies: ["GeneriqueCLI"]),
        .testTarget(
            name: "GeneriqueTests",
            dependencies: [
                "GeneriqueCore", "GeneriqueMarkdown", "GeneriqueContent", "GeneriqueIndex",
                "GeneriqueRender", "GeneriqueBuild", "GeneriqueServe", "GeneriqueFetch", "GeneriqueVerify",
                "GeneriqueWikidata", "GeneriqueCLI", "GeneriqueTemplates",
                .product(name: "PropertyBased", package: "swift-property-based"),
                // The oracle the template engine is compared with.
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
