/// Words for generated comment bodies: common English, Reddit talk and a few accented
/// words so bodies carry non-ASCII text.
enum WordList {
    static let words: [String] = [
        "the", "be", "to", "of", "and", "a", "in", "that", "have", "I", "it", "for", "not",
        "on", "with", "he", "as", "you", "do", "at", "this", "but", "his", "by", "from", "they",
        "we", "say", "her", "she", "or", "an", "will", "my", "one", "all", "would", "there",
        "their", "what", "so", "up", "out", "if", "about", "who", "get", "which", "go", "me",
        "when", "make", "can", "like", "time", "no", "just", "him", "know", "take", "people",
        "into", "year", "your", "good", "some", "could", "them", "see", "other", "than", "then",
        "now", "look", "only", "come", "its", "over", "think", "also", "back", "after", "use",
        "two", "how", "our", "work", "first", "well", "way", "even", "new", "want", "because",
        "any", "these", "give", "day", "most", "us", "is", "was", "are", "been", "has", "had",
        "were", "said", "did", "got", "made", "went", "thing", "really", "pretty", "actually",
        "probably", "maybe", "honestly", "literally", "definitely", "game", "player", "team",
        "season", "money", "price", "car", "phone", "city", "house", "school", "job", "company",
        "post", "thread", "comment", "reddit", "subreddit", "mod", "link", "source", "video",
        "picture", "movie", "book", "music", "song", "album", "show", "episode", "character",
        "story", "point", "idea", "question", "answer", "problem", "issue", "reason", "example",
        "part", "place", "world", "country", "state", "life", "family", "friend", "kid", "dog",
        "cat", "food", "coffee", "beer", "water", "weather", "week", "month", "night",
        "morning", "today", "yesterday", "tomorrow", "always", "never", "sometimes", "usually",
        "often", "again", "still", "already", "almost", "enough", "very", "too", "quite",
        "much", "many", "more", "less", "better", "worse", "best", "worst", "great", "bad",
        "big", "small", "long", "short", "old", "young", "right", "wrong", "true", "false",
        "sure", "easy", "hard", "free", "fine", "okay", "yeah", "nope", "agree", "disagree",
        "edit", "update", "thanks", "sorry", "lol", "wow", "café", "naïve", "résumé",
        "jalapeño",
    ]

    static let endings = [".", ".", ".", "!", "?", "...", " 😂.", " 👍"]

    static let subreddits: [String] = [
        "AskReddit", "funny", "gaming", "worldnews", "todayilearned", "movies", "science",
        "pics", "news", "videos", "aww", "Music", "books", "television", "sports", "nba",
        "soccer", "technology", "programming", "cooking", "DIY",
    ]
}
