#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch

/// Reads a JSON Lines file into a builder: each block of whole lines is split in two at a
/// line break and the halves are parsed on two threads; batches are added in file order,
/// so duplicate detection ("first wins") and reports do not depend on timing.
enum JSONLReader {
    /// Parsing threads. The machine this was tuned on has two cores.
    static let parallelism = 2
    /// Below this a block is parsed on one thread: not worth the hand-off.
    static let parallelThreshold = 1 << 20

    static func read(
        _ file: InputFile, report: LoadReport, options: LoadOptions,
        into builder: inout CorpusBuilder
    ) throws(LoadError) -> LoadReport {
        var sink = RecordSink(report: report, options: options)
        var tasks: [ParseTask] = []
        var mapping: FieldMapping?
        try BlockReader(file: file).forEachBlock { (block, atEnd) throws(LoadError) in
            guard let cut = wholeLines(block, atEnd: atEnd) else { return 0 }
            let text = UnsafeBufferPointer(rebasing: block[..<cut])
            if mapping == nil {
                let resolved = try FieldMapping.resolve(
                    file: file.path, available: JSONKeyCollector.keys(in: text),
                    overrides: options.fieldNames)
                mapping = resolved
                tasks = (0..<parallelism).map { _ in ParseTask(JSONLParser(mapping: resolved)) }
            }
            for batch in parse(text, tasks: tasks) { try sink.add(batch, to: &builder) }
            return cut
        }
        var result = sink.report
        result.fieldNames = mapping?.names ?? [:]
        return result
    }

    /// The length of the block's whole lines (all of it at the end of the file); nil when
    /// not even one line is complete.
    private static func wholeLines(_ block: UnsafeBufferPointer<UInt8>, atEnd: Bool) -> Int? {
        if atEnd { return block.count }
        guard let last = block.lastIndex(of: 0x0A) else { return nil }
        return last + 1
    }

    /// Parses `text` into batches in file order, on several threads when it is large.
    private static func parse(_ text: UnsafeBufferPointer<UInt8>, tasks: [ParseTask])
        -> [RecordBatch]
    {
        let pieces = split(text, into: text.count < parallelThreshold ? 1 : tasks.count)
        for (task, piece) in zip(tasks, pieces) { task.text = piece }
        if pieces.count == 1 {
            tasks[0].run()
        } else {
            DispatchQueue.concurrentPerform(iterations: pieces.count) { tasks[$0].run() }
        }
        return tasks.prefix(pieces.count).map { $0.takeBatch() }
    }

    /// Splits `text` into up to `count` pieces, each ending at a line break.
    private static func split(_ text: UnsafeBufferPointer<UInt8>, into count: Int)
        -> [UnsafeBufferPointer<UInt8>]
    {
        guard count > 1, let base = text.baseAddress else { return [text] }
        var pieces: [UnsafeBufferPointer<UInt8>] = []
        var start = 0
        for piece in 1..<count {
            let target = max(start, text.count * piece / count)
            guard target < text.count,
                let newline = memchr(base + target, 0x0A, text.count - target)
            else { break }
            let end = UnsafePointer(newline.assumingMemoryBound(to: UInt8.self)) - base + 1
            pieces.append(UnsafeBufferPointer(rebasing: text[start..<end]))
            start = end
        }
        pieces.append(UnsafeBufferPointer(rebasing: text[start...]))
        return pieces
    }
}

/// One thread's share of a block: its parser (kept across blocks for its key cache), its
/// piece of text and the batch it produced. Each task is touched by one thread at a time:
/// the reader hands it out and reads it back only around `concurrentPerform`.
private final class ParseTask: @unchecked Sendable {
    private var parser: JSONLParser
    var text = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    private var batch = RecordBatch()

    init(_ parser: JSONLParser) { self.parser = parser }

    func run() { batch = parser.parse(text) }

    func takeBatch() -> RecordBatch {
        let result = batch
        batch = RecordBatch()
        return result
    }
}
