import Foundation
import ParleyCore

/// The texts to score: generated Reddit-style comments, or the VADER data sets repeated.
enum BenchTexts {
    /// The human-rated VADER texts (../shared/data/vader), repeated up to `count`.
    static func vaderDataSets(count: Int) -> [String] {
        let directory = "../shared/data/vader/"
        var texts: [String] = []
        for name in [
            "tweets", "nytEditorialSnippets", "movieReviewSnippets", "amazonReviewSnippets",
        ] {
            guard
                let data = FileManager.default.contents(
                    atPath: directory + name + "_GroundTruth.txt")
            else { continue }
            for line in String(decoding: data, as: UTF8.self).components(separatedBy: "\r\n") {
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                if fields.count > 2 { texts.append(String(fields[2])) }
            }
        }
        guard !texts.isEmpty else { return [] }
        return (0..<count).map { texts[$0 % texts.count] }
    }

    /// Deterministic comments of 5 to 60 words mixing neutral and sentiment words,
    /// boosters, negations, "but", caps, emoticons, an occasional emoji, URLs and
    /// punctuation — the mix of blog and forum comments (mean about 200 bytes).
    static func generated(count: Int) -> [String] {
        var random = SplitMix64(seed: 0x5EED)
        return (0..<count).map { _ in comment(&random) }
    }

    private static func comment(_ random: inout SplitMix64) -> String {
        let words = 5 + Int(random.next() % 56)
        var parts: [String] = []
        parts.reserveCapacity(words + 4)
        for position in 0..<words {
            let roll = random.next() % 100
            var word: String
            switch roll {
            case 0..<58: word = pick(neutral, &random)
            case 58..<72: word = pick(positive, &random)
            case 72..<82: word = pick(negative, &random)
            case 82..<87: word = pick(boosters, &random)
            case 87..<91: word = pick(negations, &random)
            case 91..<93: word = "but"
            case 93..<95: word = pick(emoticons, &random)
            case 95..<96: word = pick(emoji, &random)
            case 96..<97: word = "https://example.com/r/\(random.next() % 100_000)"
            default: word = "\(random.next() % 1_000)"
            }
            if random.next() % 40 == 0 { word = word.uppercased() }
            if position == 0 { word = word.prefix(1).uppercased() + word.dropFirst() }
            parts.append(word)
            if random.next() % 9 == 0 { parts[parts.count - 1] += pick(punctuation, &random) }
        }
        return parts.joined(separator: " ") + pick(endings, &random)
    }

    private static func pick(_ list: [String], _ random: inout SplitMix64) -> String {
        list[Int(random.next() % UInt64(list.count))]
    }

    static let neutral = """
        the a to and of i it is that you in for this was on with my have be they are not \
        just so we at but if about what like there from your can would all one do me he an \
        or get out up when more time think people because know some which them their then \
        really how make still only even thread post comment reply edit update week year day \
        thing game phone car job work money home city team season episode movie book point
        """.split(separator: " ").map(String.init)
    static let positive = """
        good great love nice best awesome thanks thank happy excellent fun cool interesting \
        beautiful helpful perfect amazing glad agree win wonderful enjoy lol yes like better \
        well fine okay sure support
        """.split(separator: " ").map(String.init)
    static let negative = """
        bad hate terrible worst wrong awful stupid sad problem shit sorry angry disappointed \
        broken annoying fail no never useless horrible poor lost crap damn kill war
        """.split(separator: " ").map(String.init)
    static let boosters = [
        "very", "really", "so", "extremely", "kinda", "totally", "most", "barely",
    ]
    static let negations = ["not", "don't", "can't", "isn't", "never", "didn't", "without", "no"]
    static let emoticons = [":)", ":(", ":D", ";)", "<3", ":/", "xD", ":-("]
    static let emoji = ["😂", "👍", "❤️", "😍", "😡", "🙄", "🔥", "😢"]
    static let punctuation = [",", ".", "!", "?", "...", "!!", "?!", ":"]
    static let endings = [".", ".", ".", "!", "?", "!!!", "", " :)", "??", "..."]
}
