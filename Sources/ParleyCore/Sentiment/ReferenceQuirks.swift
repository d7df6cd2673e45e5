/// The quirks of vaderSentiment 3.3.2 that this port keeps on purpose, in one place.
///
/// Parley's scores must equal the published reference's (issue 3), so where the reference
/// does something odd, or plainly wrong, the port does the same. Each item names the
/// reference function and the Swift code that reproduces it; the parity fixtures
/// (`Tests/Fixtures/vader`) and the rule tests pin them.
///
/// **Tokens** (`SentiText`, ``VaderTokenizer``)
/// 1. `_strip_punc_if_word` strips outer ASCII punctuation only if more than two code points
///    remain, so "no!", "ok," and "a." keep their punctuation and miss the lexicon ("no!" is
///    not a negator).
/// 2. Tokens split on Python's Unicode whitespace (`str.split()`), which includes U+0085,
///    U+00A0, U+1C–U+1F, U+2000–U+200A, U+2028/9, U+202F, U+205F and U+3000, but not U+200B
///    or U+FEFF.
/// 3. Lexicon keys holding capitals (":D", "O.o", "(-:O") and keys with spaces ("can't
///    stand", "fed up") can never match a lowercased token; a key listed twice ("lol",
///    "ok") keeps its last value.
/// 4. The "n't" negation test is a substring test on the whole token, ASCII apostrophe only:
///    "don’t" with a typographic apostrophe is not a negation.
///
/// **Emoji** (`polarity_scores`, ``EmojiSubstitution``)
/// 5. Emoji are replaced by their descriptions with a space before (unless the previous
///    character was a space) but none after: "😁good" becomes "…smiling eyesgood".
/// 6. Only keys of one code point can match, because the text is walked one code point at a
///    time: flags, skin tones and ZWJ sequences never match as wholes; "❤️" becomes "red
///    heart" glued to U+FE0F, so "heart" is missed.
///
/// **Rules** (`sentiment_valence` and helpers, ``ValenceRules``)
/// 7. "no" doubly handled: "no" before a lexicon word scores 0, but a "no" right after
///    another "no" is then re-negated from its lexicon value (``ValenceRules/negatedByNo``),
///    so "no no good" scores the second "no" +0.888.
/// 8. A zero valence counts as negative for ALL-CAPS emphasis: "NO good" gives "NO"
///    −`C_INCR`; a booster before a zero valence keeps its sign but caps subtract.
/// 9. `_negation_check` at distance 3 reads `never and (so or this) or (so or this)`: any
///    "so"/"this" just before a word multiplies by 1.25 when three words precede it ("It is
///    so good" scores higher than "so good").
/// 10. The "without doubt" branches assign the valence to itself: they only stop "without"
///     from negating.
/// 11. `_special_idioms_check` runs only in the third pass of the window, so it needs three
///     words before the word, the third not a lexicon word: "the shit" opening a text is
///     still −2.6, and "kind of good" opening a text is not damped.
/// 12. A later special case starting at the word overrides an earlier match (no `break`).
/// 13. Dead entries: "badass" (one word) and "to die for" (the lexicon word is in the middle
///     of the phrase, a position never checked) never match; `BOOSTER_DICT`'s three-word
///     test and `SENTIMENT_LADEN_IDIOMS` (never called, "future work") do nothing.
/// 14. `_least_check`'s `elif` only matters for the second token of a text.
/// 15. A booster, and "kind" before "of", score 0 themselves even where the lexicon has
///     them ("kind" is 2.4), and a booster only boosts if it is not itself a lexicon word.
///
/// **"but"** (`_but_check`, ``ButShift``)
/// 16. Only the first "but" counts. Positions are found with `list.index(value)`, the first
///     position holding an equal value: with repeated valences the factor can land on an
///     earlier word, twice on one word, or be lost by the word it was meant for.
///
/// **Scores** (`score_valence`, ``ScoreValence``)
/// 17. "!" and "?" are counted in the whole text, inside URLs, emoticons and emoji
///     descriptions too.
/// 18. A text without tokens scores 0 for all four (neu 0, not 1); a text of neutral tokens
///     scores neu 1.
/// 19. neg, neu and pos are rounded to 3 decimals, compound to 4, with Python's `round`
///     (``PythonRound``), and these rounded values are what ``SentimentScores`` holds.
/// 20. `sum` adds left to right as Python 3.11 does; Python 3.12 and later compensate
///     rounding in `sum`, which could move a last digit. The fixtures come from 3.11.7.
///
/// **Deliberate differences**
/// - ``SentimentLexicon/set(_:valence:)`` lowercases the word, so a changed word always
///   matches its tokens (the reference's dict would keep an unreachable capitalised key).
/// - Case rules use Swift's Unicode tables, Python 3.11 uses Unicode 14: characters
///   assigned since may differ in `isupper`/`lower`.
enum ReferenceQuirks {}
