// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Parley",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "parley", targets: ["parley"]),
        .executable(name: "parley-bench", targets: ["parley-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // No Foundation here (it adds about 9 MB to every process's resident memory, and
        // the benchmarks measure the core's): YAML codebooks are read by the shell.
        .target(name: "ParleyCore", dependencies: ["CPrefetch", "CAllocator"]),
        // A cache prefetch for the id index, which Swift cannot express.
        .target(name: "CPrefetch"),
        // The C allocator's policy for large blocks (ProcessMemory.swift).
        .target(name: "CAllocator"),
        // The workspace file: the only module that imports GRDB or sees SQL.
        .target(
            name: "ParleyStore",
            dependencies: ["ParleyCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "ParleyShell",
            dependencies: [
                "ParleyCore",
                "ParleyStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .systemLibrary(
            name: "CReadline",
            providers: [.apt(["libreadline-dev"])]
        ),
        .executableTarget(
            name: "parley",
            dependencies: [
                "ParleyShell",
                "CReadline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "parley-bench", dependencies: ["ParleyCore"]),
        // `parley-bench workspace` runs this in a child, so that linking the store (and
        // Foundation) does not add to the memory the other benchmarks measure.
        .executableTarget(name: "workspace-bench", dependencies: ["ParleyCore", "ParleyStore"]),
        .executableTarget(name: "sentiment-bench", dependencies: ["ParleyCore"]),
        // libFuzzer targets (fuzz/README.md); built with --sanitize=fuzzer on their own.
        .target(name: "ParleyFuzzSupport", dependencies: ["ParleyCore"]),
        .executableTarget(name: "fuzz-jsonl", dependencies: ["ParleyCore", "ParleyFuzzSupport"]),
        .executableTarget(name: "fuzz-csv", dependencies: ["ParleyCore", "ParleyFuzzSupport"]),
        .executableTarget(name: "fuzz-reddit", dependencies: ["ParleyCore", "ParleyFuzzSupport"]),
        .executableTarget(name: "fuzz-hackernews", dependencies: ["ParleyCore", "ParleyFuzzSupport"]),
        .executableTarget(name: "fuzz-twcs", dependencies: ["ParleyCore", "ParleyFuzzSupport"]),
        .executableTarget(name: "fuzz-convokit", dependencies: ["ParleyCore", "ParleyFuzzSupport"]),
        .executableTarget(name: "fuzz-command-line", dependencies: ["ParleyShell"]),
        .executableTarget(name: "fuzz-atom", dependencies: ["ParleyCore", "ParleyFuzzSupport"]),
        .executableTarget(
            name: "fuzz-wordpress", dependencies: ["ParleyCore", "ParleyFuzzSupport"]),
        .executableTarget(name: "fuzz-disqus", dependencies: ["ParleyCore", "ParleyFuzzSupport"]),
        .target(name: "ParleyTestSupport", dependencies: ["ParleyCore", "ParleyShell"]),
        .testTarget(name: "ParleyCoreTests", dependencies: ["ParleyCore", "ParleyTestSupport"]),
        .testTarget(name: "ParleyShellTests", dependencies: ["ParleyShell", "ParleyTestSupport"]),
        .testTarget(
            name: "ParleyStoreTests", dependencies: ["ParleyStore", "ParleyTestSupport"]),
        .testTarget(
            name: "ParleyEndToEndTests",
            dependencies: ["ParleyTestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
