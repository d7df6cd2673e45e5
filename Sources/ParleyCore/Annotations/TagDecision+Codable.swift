// Tag decisions are stored as annotations (JSON). Written out by hand: Swift synthesises
// Codable only in the file that declares the type.

extension TagDecision.Verdict: Codable {}
extension TagDecision.Source: Codable {}

extension TagDecision: Codable {
    private enum CodingKeys: String, CodingKey {
        case utteranceID, theme, coder, verdict, source, evidence, time
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            utteranceID: try container.decode(String.self, forKey: .utteranceID),
            theme: try container.decode(String.self, forKey: .theme),
            coder: try container.decode(String.self, forKey: .coder),
            verdict: try container.decode(Verdict.self, forKey: .verdict),
            source: try container.decode(Source.self, forKey: .source),
            evidence: try container.decodeIfPresent(String.self, forKey: .evidence) ?? "",
            time: try container.decode(Double.self, forKey: .time))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(utteranceID, forKey: .utteranceID)
        try container.encode(theme, forKey: .theme)
        try container.encode(coder, forKey: .coder)
        try container.encode(verdict, forKey: .verdict)
        try container.encode(source, forKey: .source)
        try container.encode(evidence, forKey: .evidence)
        try container.encode(time, forKey: .time)
    }
}
