/// The JSON documents beside a ConvoKit corpus's utterances: `speakers.json` and
/// `conversations.json`, each an object of `id → {"meta": {…}, "vectors": […]}`. Small
/// next to the utterances, so each is read whole.
enum ConvoKitSideFiles {
    /// Speakers whose `meta.role` is `organization` (as Parley's export writes it).
    static func organizationSpeakers(
        in directory: String, report: inout LoadReport, policy: BadRecordPolicy
    ) throws(LoadError) -> Set<String> {
        var organization: Set<String> = []
        try forEachEntry(
            directory + "/" + ConvoKitLayout.speakersFile, report: &report, policy: policy
        ) { speaker, meta in
            let role = meta.first { $0.0 == ConvoKitLayout.roleKey }?.1.text
            if role == Role.organization.rawValue { organization.insert(speaker) }
        }
        return organization
    }

    /// Each conversation's `meta` members as `conversation.KEY` metadata, by the id of
    /// the conversation (its root utterance).
    static func conversationMetadata(
        in directory: String, report: inout LoadReport, policy: BadRecordPolicy
    ) throws(LoadError) -> [String: [(key: String, value: MetadataValue)]] {
        var result: [String: [(key: String, value: MetadataValue)]] = [:]
        try forEachEntry(
            directory + "/" + ConvoKitLayout.conversationsFile, report: &report, policy: policy
        ) { conversation, meta in
            guard !meta.isEmpty else { return }
            result[conversation] = meta.map { (ConvoKitLayout.conversationMetaPrefix + $0.0, $0.1) }
        }
        return result
    }

    /// Calls `body` with each entry's id and `meta` members. A missing file is fine; a
    /// malformed one is reported (`file:line: malformed JSON …`) and its entries are not
    /// used, or under `--strict` stops the load.
    private static func forEachEntry(
        _ path: String, report: inout LoadReport, policy: BadRecordPolicy,
        _ body: (String, [(String, MetadataValue)]) -> Void
    ) throws(LoadError) {
        guard FileProbe.exists(path) else { return }
        let bytes = try FileProbe.contents(path)
        var entries: [(String, [(String, MetadataValue)])] = []
        let failure: JSONSyntaxError? = bytes.withUnsafeBufferPointer { buffer in
            var scanner = JSONScanner(buffer)
            do throws(JSONSyntaxError) {
                try JSONMembers.forEachMember(&scanner) { (id, scanner) throws(JSONSyntaxError) in
                    entries.append((id, try meta(&scanner)))
                }
                scanner.skipWhitespace()
                if !scanner.atEnd { throw scanner.error("unexpected data after the object") }
                return nil
            } catch {
                return error
            }
        }
        if let failure {
            let line = bytes.prefix(failure.offset).reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            let problem = LoadProblem(
                SourceLocation(file: path, line: line), .error,
                "malformed JSON: \(failure.message); its entries are not used")
            report.record(problem)
            if policy == .stop { throw .badRecord(problem) }
            return
        }
        for (id, members) in entries { body(id, members) }
    }

    /// The `meta` members of one entry object (other keys such as `vectors` skipped).
    private static func meta(_ scanner: inout JSONScanner) throws(JSONSyntaxError)
        -> [(String, MetadataValue)]
    {
        var members: [(String, MetadataValue)] = []
        if scanner.current != 0x7B {
            _ = try scanner.skipValue()
            return members
        }
        try JSONMembers.forEachMember(&scanner) { (key, scanner) throws(JSONSyntaxError) in
            guard key == "meta", scanner.current == 0x7B else {
                _ = try scanner.skipValue()
                return
            }
            try JSONMembers.forEachMember(&scanner) { (name, scanner) throws(JSONSyntaxError) in
                members.append((name, try JSONMembers.value(&scanner)))
            }
        }
        return members
    }
}
