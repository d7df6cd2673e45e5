import ParleyCore

/// Small corpora for tests, built from compact descriptions.
///
/// ```swift
/// let corpus = try TestCorpora.make([("a", nil, "ann", "hello"), ("b", "a", "bob", "hi")])
/// ```
///
/// Everything goes through ``CorpusBuilder``, so a test corpus is resolved exactly as a
/// loaded one is: a later record with a taken id is skipped, a reply to a missing id becomes
/// an orphan root, and reply cycles are broken.
public enum TestCorpora {
    /// One utterance of a test corpus.
    public struct Record: Sendable {
        public var id: String
        public var parent: String?
        public var speaker: String
        public var text: String
        /// Seconds since 1970-01-01T00:00:00Z; nil for no time.
        public var time: Double?
        public var role: Role?

        public init(
            _ id: String, parent: String? = nil, speaker: String = "ann", text: String = "",
            time: Double? = nil, role: Role? = nil
        ) {
            self.id = id
            self.parent = parent
            self.speaker = speaker
            self.text = text
            self.time = time
            self.role = role
        }

        /// The record a reader would hand to ``CorpusBuilder``.
        public var utteranceRecord: UtteranceRecord {
            UtteranceRecord(
                id: id, replyTo: parent, speaker: speaker, timestamp: time, text: text,
                role: role)
        }
    }

    /// A corpus from records, in the order given.
    public static func make(_ records: [Record]) throws -> Corpus {
        var builder = CorpusBuilder()
        builder.reserveCapacity(records.count)
        for record in records {
            _ = builder.add(record.utteranceRecord)
        }
        return try builder.build()
    }

    /// A corpus from `(id, parent, speaker, text)` rows, in the order given.
    public static func make(_ rows: [(String, String?, String, String)]) throws -> Corpus {
        try make(rows.map { Record($0.0, parent: $0.1, speaker: $0.2, text: $0.3) })
    }

    /// A corpus from `(id, parent, speaker, text, time)` rows, in the order given.
    public static func make(
        _ rows: [(String, String?, String, String, Double?)]
    ) throws -> Corpus {
        try make(rows.map { Record($0.0, parent: $0.1, speaker: $0.2, text: $0.3, time: $0.4) })
    }

    /// The id of utterance `position` in ``chain(depth:)`` and ``star(width:)``.
    public static func id(_ position: Int) -> String { "u\(position)" }

    /// A single reply chain of `depth` utterances: `u0` is the root and `u(k)` replies to
    /// `u(k-1)`, so the last one is `depth - 1` deep. Speakers alternate between `ann` and
    /// `bob`; times are `k` seconds.
    public static func chain(depth: Int) throws -> Corpus {
        try make(
            (0..<depth).map { position in
                Record(
                    id(position), parent: position == 0 ? nil : id(position - 1),
                    speaker: position.isMultiple(of: 2) ? "ann" : "bob",
                    text: "reply \(position)", time: Double(position))
            })
    }

    /// A root `u0` with `width` direct replies `u1` … `u(width)`, each by its own speaker.
    public static func star(width: Int) throws -> Corpus {
        try make(
            [Record(id(0), speaker: "host", text: "root")]
                + (1..<width + 1).map { position in
                    Record(
                        id(position), parent: id(0), speaker: "s\(position)",
                        text: "reply \(position)")
                })
    }
}

// MARK: JSON Lines

extension TestCorpora {
    /// The records as JSON Lines, one object per line each ending in `\n`, for loader
    /// tests. Keys in this order: `id`, `parent` (`null` when none), `author`, `role` (only
    /// when set), `time` (epoch seconds, only when set), `text`, then `extra` verbatim:
    /// each extra value must already be JSON (`"3"`, `"\"web\""`).
    public static func jsonl(_ records: [Record], extra: [(String, String)] = []) -> String {
        var output = ""
        for record in records {
            var fields = [
                ("id", jsonString(record.id)),
                ("parent", record.parent.map(jsonString) ?? "null"),
                ("author", jsonString(record.speaker)),
            ]
            if let role = record.role { fields.append(("role", jsonString(role.rawValue))) }
            if let time = record.time { fields.append(("time", jsonNumber(time))) }
            fields.append(("text", jsonString(record.text)))
            fields += extra
            let members = fields.map { "\(jsonString($0.0)):\($0.1)" }
            output += "{" + members.joined(separator: ",") + "}\n"
        }
        return output
    }

    /// `(id, parent, speaker, text)` rows as JSON Lines (see ``jsonl(_:extra:)``).
    public static func jsonl(_ rows: [(String, String?, String, String)]) -> String {
        jsonl(rows.map { Record($0.0, parent: $0.1, speaker: $0.2, text: $0.3) })
    }

    /// A JSON string literal for `text`: quotes, backslashes and control characters escaped,
    /// everything else (non-ASCII included) kept as UTF-8.
    public static func jsonString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// Whole numbers without a fraction (`1709543520`), others as Swift prints them.
    private static func jsonNumber(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
