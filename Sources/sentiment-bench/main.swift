// sentiment-bench: speed of ParleyCore's VADER scorer against vaderSentiment 3.3.2 on the
// same texts, in one run (issue 3). Not a test: tests never time things.
//
//   swift build -c release --product sentiment-bench
//   .build/release/sentiment-bench [--texts N] [--source generated|vader]
//       [--corpus FILE] [--python PATH] [--reference-texts N] [--no-reference]
//   .build/release/sentiment-bench accuracy [DATA_DIR]   (Pearson r and 3-class F1)
//
// --corpus scores the utterances of any file Parley loads (e.g. the Reddit-style corpora
// `parley-bench generate FILE --count N` writes) instead of generated texts.
import Foundation
import ParleyCore

struct Options {
    var texts = 100_000
    var source = "generated"
    /// A Python with `vadersentiment==3.3.2` installed (`--python PATH` for a virtualenv).
    var python = "python3"
    var referenceTexts: Int?
    var corpusPath: String?
    var runReference = true

    init(_ arguments: [String]) {
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--texts": texts = iterator.next().flatMap { Int($0) } ?? texts
            case "--source": source = iterator.next() ?? source
            case "--python": python = iterator.next() ?? python
            case "--reference-texts": referenceTexts = iterator.next().flatMap { Int($0) }
            case "--no-reference": runReference = false
            case "--corpus": corpusPath = iterator.next()
            default:
                FileHandle.standardError.write(Data("unknown argument \(argument)\n".utf8))
                exit(2)
            }
        }
    }
}

func seconds(_ duration: Duration) -> Double {
    let (whole, attoseconds) = duration.components
    return Double(whole) + Double(attoseconds) / 1e18
}

/// CPU time of the calling thread: unlike the wall clock, not inflated when other work on a
/// shared machine takes the core away.
func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// CPU time of the whole process (all threads).
func processCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// Wall-clock and process CPU seconds of `body`'s fastest of `runs` runs.
func bestParallel(of runs: Int, _ body: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
    var fastest = (wall: Double.infinity, cpu: Double.infinity)
    for _ in 0..<runs {
        let start = ContinuousClock.now
        let cpuStart = processCPUSeconds()
        try body()
        let wall = seconds(ContinuousClock.now - start)
        if wall < fastest.wall { fastest = (wall, processCPUSeconds() - cpuStart) }
    }
    return fastest
}

/// The best of `runs` timings of `body`, in seconds (wall clock, and thread CPU time).
func best(of runs: Int, _ body: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
    var fastest = (wall: Double.infinity, cpu: Double.infinity)
    for _ in 0..<runs {
        let start = ContinuousClock.now
        let cpuStart = threadCPUSeconds()
        try body()
        fastest.cpu = min(fastest.cpu, threadCPUSeconds() - cpuStart)
        fastest.wall = min(fastest.wall, seconds(ContinuousClock.now - start))
    }
    return fastest
}

func line(_ label: String, texts: Int, bytes: Int, seconds: Double, reference: Double?) {
    let rate = Double(texts) / seconds
    let megabytes = Double(bytes) / 1e6 / seconds
    var text = label.padding(toLength: 34, withPad: " ", startingAt: 0)
    text += String(format: "%10.0f texts/s %8.1f MB/s", rate, megabytes)
    if let reference { text += String(format: "   %6.1fx the reference", rate / reference) }
    print(text)
}

if CommandLine.arguments.dropFirst().first == "accuracy" {
    Accuracy.run(directory: CommandLine.arguments.dropFirst(2).first ?? "../shared/data/vader")
    exit(0)
}
let options = Options(Array(CommandLine.arguments.dropFirst()))
let texts: [String]
if let path = options.corpusPath {
    let loaded = try CorpusLoader.load([path], options: LoadOptions()).corpus
    texts = loaded.utteranceIndices.map(loaded.text(of:))
} else if options.source == "vader" {
    texts = BenchTexts.vaderDataSets(count: options.texts)
} else {
    texts = BenchTexts.generated(count: options.texts)
}
guard !texts.isEmpty else {
    print("no texts (is ../shared/data/vader present?)")
    exit(1)
}
let bytes = texts.reduce(0) { $0 + $1.utf8.count }
print(
    "\(texts.count) texts (\(options.corpusPath ?? options.source)), \(bytes / 1_000) kB, "
        + "mean \(bytes / texts.count) bytes"
)

var builder = CorpusBuilder()
for (index, text) in texts.enumerated() {
    _ = builder.add(UtteranceRecord(id: String(index), text: text))
}
let corpus = try builder.build()
let analyzer = SentimentAnalyzer()
_ = analyzer.scores(for: "warm up the lexicon")

var reference: ReferenceRun?
if options.runReference {
    let count = min(options.referenceTexts ?? texts.count, texts.count)
    reference = ReferenceRun.run(python: options.python, texts: Array(texts.prefix(count)))
}
let referenceRate = reference.map { Double($0.count) / $0.seconds }
let referenceCPURate = reference.map { Double($0.count) / $0.cpuSeconds }

var checksum = 0.0
let loop = best(of: 3) {
    var scratch = SentimentScratch()
    checksum = 0
    for index in corpus.utteranceIndices {
        checksum += corpus.withTextBytes(of: index) {
            analyzer.scores(utf8: $0, scratch: &scratch).compound
        }
    }
}
line(
    "parley, 1 thread (loop)", texts: texts.count, bytes: bytes, seconds: loop.wall,
    reference: referenceRate)
line(
    "parley, 1 thread (loop), CPU time", texts: texts.count, bytes: bytes, seconds: loop.cpu,
    reference: referenceCPURate)
var column = SentimentColumn(count: 0)
let one = try bestParallel(of: 3) { column = try analyzer.scores(of: corpus, workers: 1) }
line(
    "parley, corpus, 1 worker", texts: texts.count, bytes: bytes, seconds: one.wall,
    reference: referenceRate)
let two = try bestParallel(of: 3) { column = try analyzer.scores(of: corpus, workers: 2) }
line(
    "parley, corpus, 2 workers", texts: texts.count, bytes: bytes, seconds: two.wall,
    reference: referenceRate)
let all = try bestParallel(of: 3) { column = try analyzer.scores(of: corpus) }
line(
    "parley, corpus, all cores", texts: texts.count, bytes: bytes, seconds: all.wall,
    reference: referenceRate)
// Wall-clock scaling needs the second core to be free; on a shared machine it is not, so
// also report the work per CPU-second: 1.00 means two workers waste nothing on each other.
print(
    String(
        format: "scaling 1 → 2 workers: %.2fx wall clock; CPU used %.2f cores; "
            + "texts per CPU-second %.2fx of one worker's",
        one.wall / two.wall, two.cpu / two.wall, one.cpu / two.cpu))

if let reference {
    let referenceBytes = texts.prefix(reference.count).reduce(0) { $0 + $1.utf8.count }
    line(
        "vaderSentiment 3.3.2 (python)", texts: reference.count, bytes: referenceBytes,
        seconds: reference.seconds, reference: nil)
    line(
        "vaderSentiment 3.3.2, CPU time", texts: reference.count, bytes: referenceBytes,
        seconds: reference.cpuSeconds, reference: nil)
    let ours = (0..<reference.count).reduce(0.0) { $0 + column.compound(of: $1) }
    print(
        String(
            format: "sum of compound over those texts: parley %.4f, reference %.4f",
            ours, reference.compoundSum))
}
print(String(format: "(checksum %.4f)", checksum))
