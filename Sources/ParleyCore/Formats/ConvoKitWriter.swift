#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a ConvoKit corpus directory that `convokit.Corpus(filename=…)` loads: the five
/// files of ``ConvoKitLayout``, built in a hidden sibling directory and renamed into place.
///
/// Mapping: `meta.KEY` metadata (and any other key) goes into the utterance's `meta`;
/// `conversation.KEY` metadata of a root goes into `conversations.json`; a speaker's role
/// is `meta.role` in `speakers.json`. `reply-to` names the parent in the reply tree, so a
/// reply to a missing utterance (an orphan) is written as a root, with the id it named
/// kept as `meta.reply_to_missing` (ConvoKit requires every `reply-to` to resolve).
enum ConvoKitWriter {
    static let missingParentKey = "reply_to_missing"

    static func write(_ corpus: Corpus, to path: String) throws(ExportError) {
        if FileProbe.exists(path) { throw .targetExists(path) }
        let directory = OutputFile.temporaryName(for: path)
        guard mkdir(directory, 0o755) == 0 else {
            throw .unwritable(path, reason: String(cString: strerror(errno)))
        }
        var written: [String] = []
        do throws(ExportError) {
            let types = ConvoKitIndex()
            try writeFile(directory, ConvoKitLayout.utterancesFile, &written) {
                (file) throws(ExportError) in
                try writeUtterances(corpus, to: file, types: types)
            }
            try writeFile(directory, ConvoKitLayout.speakersFile, &written) {
                (file) throws(ExportError) in
                try writeSpeakers(corpus, to: file)
            }
            try writeFile(directory, ConvoKitLayout.conversationsFile, &written) {
                (file) throws(ExportError) in
                try writeConversations(corpus, to: file, types: types)
            }
            try writeFile(directory, ConvoKitLayout.corpusFile, &written) {
                (file) throws(ExportError) in
                try file.write("{}")
            }
            try writeFile(directory, ConvoKitLayout.indexFile, &written) {
                (file) throws(ExportError) in
                try file.write(types.json())
            }
            try OutputFile.rename(directory, to: path)
        } catch {
            for name in written { unlink(directory + "/" + name) }
            rmdir(directory)
            throw error
        }
    }

    private static func writeFile(
        _ directory: String, _ name: String, _ written: inout [String],
        _ body: (OutputFile) throws(ExportError) -> Void
    ) throws(ExportError) {
        let path = directory + "/" + name
        let file = try OutputFile(target: path, temporary: path)
        written.append(name)
        try body(file)
        try file.commit(rename: false)
    }

    private static func writeUtterances(
        _ corpus: Corpus, to file: OutputFile, types: ConvoKitIndex
    ) throws(ExportError) {
        for index in corpus.utteranceIndices {
            var meta: [(String, String)] = []
            for entry in corpus.metadata.entries(of: index)
            where !entry.key.hasPrefix(ConvoKitLayout.conversationMetaPrefix) {
                let key =
                    entry.key.hasPrefix(ConvoKitLayout.utteranceMetaPrefix)
                    ? String(entry.key.dropFirst(ConvoKitLayout.utteranceMetaPrefix.count))
                    : entry.key
                meta.append((key, JSONText.value(entry.value)))
                types.note(entry.value, key: key, in: .utterances)
            }
            let parent = corpus.forest.parent(of: index)
            if parent == nil, let missing = corpus.replyTo(of: index) {
                meta.append((missingParentKey, JSONText.string(missing)))
                types.note(.string(missing), key: missingParentKey, in: .utterances)
            }
            let members: [(String, String)] = [
                ("id", JSONText.string(corpus.id(of: index))),
                ("conversation_id", JSONText.string(corpus.id(of: corpus.forest.root(of: index)))),
                ("text", JSONText.string(corpus.text(of: index))),
                ("speaker", JSONText.string(corpus.speakerID(of: index))),
                ("meta", JSONText.object(meta)),
                ("reply-to", parent.map { JSONText.string(corpus.id(of: $0)) } ?? "null"),
                ("timestamp", corpus.timestamp(of: index).map(JSONText.seconds) ?? "null"),
                ("vectors", "[]"),
            ]
            try file.write(JSONText.object(members) + "\n")
        }
    }

    private static func writeSpeakers(_ corpus: Corpus, to file: OutputFile) throws(ExportError) {
        try file.write("{")
        for speaker in 0..<corpus.speakerCount {
            let value = corpus.speaker(speaker)
            let meta = JSONText.object([
                (ConvoKitLayout.roleKey, JSONText.string(value.role.rawValue))
            ])
            try file.write(
                (speaker == 0 ? "" : ", ") + JSONText.string(value.id) + ": "
                    + JSONText.object([("meta", meta), ("vectors", "[]")]))
        }
        try file.write("}")
    }

    private static func writeConversations(
        _ corpus: Corpus, to file: OutputFile, types: ConvoKitIndex
    ) throws(ExportError) {
        try file.write("{")
        for (number, root) in corpus.forest.roots.enumerated() {
            var meta: [(String, String)] = []
            for entry in corpus.metadata.entries(of: root)
            where entry.key.hasPrefix(ConvoKitLayout.conversationMetaPrefix) {
                let key = String(entry.key.dropFirst(ConvoKitLayout.conversationMetaPrefix.count))
                meta.append((key, JSONText.value(entry.value)))
                types.note(entry.value, key: key, in: .conversations)
            }
            try file.write(
                (number == 0 ? "" : ", ") + JSONText.string(corpus.id(of: root)) + ": "
                    + JSONText.object([("meta", JSONText.object(meta)), ("vectors", "[]")]))
        }
        try file.write("}")
    }
}
