import Testing

@testable import ParleyShell

@Suite struct LineTokenizerTests {
    private func words(_ line: String) throws -> [[String]] {
        try LineTokenizer.commands(in: line).map { $0.map(\.text) }
    }

    @Test func splitsWordsOnWhitespace() throws {
        #expect(try words("list  limit\t5") == [["list", "limit", "5"]])
    }

    @Test func singleQuotesKeepEverythingLiterally() throws {
        #expect(
            try words(#"load 'my file.jsonl' 'a\b;#c'"#) == [["load", "my file.jsonl", #"a\b;#c"#]])
    }

    @Test func doubleQuotesAllowEscapedQuoteAndBackslash() throws {
        #expect(try words(#"show "say \"hi\" \\ \n""#) == [["show", #"say "hi" \ \n"#]])
    }

    @Test func backslashOutsideQuotesKeepsTheNextCharacter() throws {
        #expect(try words(#"load my\ file.csv a\;b"#) == [["load", "my file.csv", "a;b"]])
    }

    @Test func semicolonsSeparateCommandsAndEmptyOnesVanish() throws {
        #expect(try words("info; ;list limit 1;") == [["info"], ["list", "limit", "1"]])
    }

    @Test func hashStartsACommentOnlyAtAWordStart() throws {
        #expect(try words("show c#1 # the rest; quit") == [["show", "c#1"]])
        #expect(try words("# only a comment") == [])
    }

    @Test func adjacentQuotedPartsJoinIntoOneWord() throws {
        #expect(try words(#"show ab'c d'"e""#) == [["show", "abc de"]])
    }

    @Test func emptyQuotesMakeAnEmptyWord() throws {
        #expect(try words("show ''") == [["show", ""]])
    }

    @Test func quotedWordsAreMarkedAndColumnsKept() throws {
        let commands = try LineTokenizer.commands(in: "list 'limit' 3")
        #expect(commands[0].map(\.wasQuoted) == [false, true, false])
        #expect(commands[0].map(\.column) == [0, 5, 13])
    }

    @Test func unterminatedQuoteIsAnErrorAtTheQuote() {
        #expect(throws: ShellError("unterminated double quote", column: 5)) {
            try LineTokenizer.commands(in: #"load "corpora/x"#)
        }
        #expect(throws: ShellError("unterminated single quote", column: 5)) {
            try LineTokenizer.commands(in: "show 'abc")
        }
    }
}
