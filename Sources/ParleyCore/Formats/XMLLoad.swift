/// One XML file's load, shared by the Atom, WordPress and Disqus readers: scans the file
/// with ``XMLScanner``, hands each record element to the reader, and adds the utterances the
/// reader makes to the builder, keeping the ``LoadReport`` and applying the bad-record
/// policy.
struct XMLLoad {
    private(set) var report: LoadReport
    let options: LoadOptions
    private var recordsSinceCheck = 0

    init(file: InputFile, format: CorpusFormat, options: LoadOptions) {
        report = file.report(format)
        self.options = options
    }

    /// Reads `source`, calling `handle` with each element at `recordDepth` (1 is the root)
    /// in file order. A well-formedness error ends the scan and is reported at its line
    /// as one skipped record; what was read before it stays loaded.
    static func read(
        _ source: ReaderSource, format: CorpusFormat, options: LoadOptions, blockSize: Int,
        recordDepth: Int, into builder: inout CorpusBuilder,
        handle: (XMLElement, inout XMLLoad, inout CorpusBuilder) throws(LoadError) -> Void
    ) throws(LoadError) -> LoadReport {
        let file = try source.requireFile()
        var load = XMLLoad(file: file, format: format, options: options)
        var scanner = XMLScanner(recordDepth: recordDepth)
        try BlockReader(file: file, blockSize: blockSize).forEachBlock {
            (block, atEnd) throws(LoadError) in
            try scanner.scan(block, atEnd: atEnd) { (element) throws(LoadError) in
                try handle(element, &load, &builder)
            }
        }
        if let failure = scanner.failure {
            load.report.recordCount += 1
            try load.problem(line: failure.line, failure.reason)
        }
        return load.report
    }

    /// Adds one utterance made from the element at `line`.
    mutating func add(
        _ record: UtteranceRecord, line: Int, to builder: inout CorpusBuilder
    ) throws(LoadError) {
        try countRecord()
        var record = record
        let location = SourceLocation(file: report.file, line: line)
        record.source = location
        switch builder.add(record) {
        case .added:
            report.loadedCount += 1
        case .duplicate(_, let first):
            let place = first.map { $0.file == report.file ? "at line \($0.line)" : "at \($0)" }
            try problem(
                line: line,
                "duplicate id '\(record.id)' (first \(place ?? "loaded earlier"))")
        }
    }

    /// Reports a record that cannot be read: skipped, or the end of the load under
    /// `--strict`.
    mutating func skip(line: Int, _ reason: String) throws(LoadError) {
        try countRecord()
        try problem(line: line, reason)
    }

    /// Counts a record left out on purpose (see ``ExclusionReason``). It is not one of the
    /// report's records, which are always loaded or skipped.
    mutating func exclude(_ reason: ExclusionReason) throws(LoadError) {
        try countRecord()
        report.recordCount -= 1
        report.excluded[reason, default: 0] += 1
    }

    /// Reports a record loaded with a flaw (an unreadable date).
    mutating func warn(line: Int, _ reason: String) {
        report.record(LoadProblem(SourceLocation(file: report.file, line: line), .warning, reason))
    }

    /// Reads a timestamp, warning at `line` when there is text that is no date.
    mutating func timestamp(_ text: String?, line: Int) -> Double? {
        guard let text else { return nil }
        if let time = TimestampParser.parse(text) { return time }
        warn(line: line, "unreadable date '\(text.prefix(40))': no time kept")
        return nil
    }

    mutating func problem(line: Int, _ reason: String) throws(LoadError) {
        let problem = LoadProblem(SourceLocation(file: report.file, line: line), .error, reason)
        report.record(problem)
        if options.policy == .stop { throw .badRecord(problem) }
    }

    private mutating func countRecord() throws(LoadError) {
        report.recordCount += 1
        recordsSinceCheck += 1
        if recordsSinceCheck >= RecordSink.cancellationInterval {
            recordsSinceCheck = 0
            if options.cancellation.isCancelled { throw .cancelled }
        }
    }
}

extension XMLElement {
    /// All text in the element and its descendants, in document order (XHTML content).
    /// Iterative: a record's tree is shallow, but it comes from a stranger.
    var allText: String {
        var result: [UInt8] = []
        // Each open element, the next child to visit and how much of its text is written.
        var stack: [(element: XMLElement, next: Int, written: Int)] = [(self, 0, 0)]
        while let top = stack.last {
            let text = Array(top.element.text.utf8)
            if top.next < top.element.children.count {
                let child = top.element.children[top.next]
                let upTo = min(max(child.offsetInParent, top.written), text.count)
                result += text[top.written..<upTo]
                stack[stack.count - 1].next += 1
                stack[stack.count - 1].written = upTo
                stack.append((child, 0, 0))
            } else {
                result += text[min(top.written, text.count)...]
                stack.removeLast()
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Text of an Atom/RSS body: HTML turned into plain text, plain text trimmed.
    func bodyText(isHTML: Bool) -> String {
        isHTML ? HTMLText.plainText(text) : trimmedText
    }
}
