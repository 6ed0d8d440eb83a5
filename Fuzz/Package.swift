// swift-tools-version: 6.1
// A libFuzzer target over the whole pipeline (split → decode → Markdown → render). Kept out of the main
// package because it only links with `-sanitize=fuzzer`; see `make fuzz` and `make fuzz-long`.
import PackageDescription

let package = Package(
    name: "GeneriqueFuzz",
    dependencies: [.package(name: "Generique", path: "..")],
    targets: [
        .executableTarget(
            name: "FuzzPipeline",
            dependencies: [.product(name: "GeneriqueBuild", package: "Generique")]
        )
    ],
    swiftLanguageModes: [.v6]
)
