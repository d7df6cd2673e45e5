import ParleyCore

/// A synthetic corpus with planted topics: each topic has its own words (no word belongs
/// to two topics), each text draws most of its words from one topic and the rest from a
/// shared pool of noise words, all from a seeded ``SplitMix64``.
struct PlantedTopics {
    static let topicCount = 5
    static let wordsPerTopic = 12
    static let noiseWords = 40

    var texts: [String] = []
    /// The planted topic of each text.
    var labels: [Int] = []

    static func word(topic: Int, _ index: Int) -> String { "t\(letters(topic))w\(letters(index))" }
    static func noise(_ index: Int) -> String { "noise\(letters(index))" }

    /// Letters only, since the tokenizer counts digit runs as numbers.
    private static func letters(_ number: Int) -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz")
        return number < 26
            ? String(alphabet[number])
            : String(alphabet[number / 26]) + String(alphabet[number % 26])
    }

    static func topicWords(_ topic: Int) -> Set<String> {
        Set((0..<wordsPerTopic).map { word(topic: topic, $0) })
    }

    init(count: Int, seed: UInt64) {
        var random = SplitMix64(seed: seed)
        for _ in 0..<count {
            let topic = random.next(below: Self.topicCount)
            var words: [String] = []
            for _ in 0..<(8 + random.next(below: 8)) {
                if random.nextDouble() < 0.75 {
                    words.append(Self.word(topic: topic, random.next(below: Self.wordsPerTopic)))
                } else {
                    words.append(Self.noise(random.next(below: Self.noiseWords)))
                }
            }
            texts.append(words.joined(separator: " "))
            labels.append(topic)
        }
    }
}
