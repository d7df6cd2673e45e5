import ParleyShell
import Testing

@Suite struct CompleterTests {
    let source = FakeCompletionSource()
    let directories = FakeDirectories()

    /// Completes with the cursor at the end of `line` unless `cursor` is given.
    func complete(_ line: String, cursor: Int? = nil) -> Completion {
        Completer.complete(
            line: line, cursor: cursor ?? line.utf8.count, source: source,
            listDirectory: directories.list, homeDirectory: "/home/ana")
    }

    @Test func emptyLineOffersEveryCommand() {
        let completion = complete("")
        #expect(completion.start == 0)
        #expect(completion.replacements == source.commandNames)
    }

    @Test func commandNamePrefix() {
        #expect(complete("he").replacements == ["help"])
        #expect(complete("  he").start == 2)
        #expect(complete("l").replacements == ["list", "load"])
    }

    @Test func commandNameAfterSemicolon() {
        let completion = complete("load x.jsonl; li")
        #expect(completion.start == 14)
        #expect(completion.replacements == ["list"])
        #expect(complete("info;sh").replacements == ["show"])
    }

    @Test func onlyTextBeforeTheCursorCounts() {
        let completion = complete("he list", cursor: 2)
        #expect(completion.start == 0)
        #expect(completion.replacements == ["help"])
    }

    @Test func optionNamesWhenTheWordStartsWithADash() {
        let completion = complete("load x.jsonl --s")
        #expect(completion.start == 13)
        #expect(completion.replacements == ["--strict"])
        #expect(complete("load -").replacements == ["--format", "--map", "--strict"])
        #expect(complete("list -").candidates.isEmpty)
    }

    @Test func choicesForAnOptionValue() {
        #expect(complete("load x.jsonl --format j").replacements == ["jsonl"])
        #expect(complete("mode js").replacements == ["json", "jsonl"])
        #expect(complete("load x --map ").candidates.isEmpty)
    }

    @Test func commandNamesAsAnArgument() {
        #expect(complete("help th").replacements == ["thread"])
    }

    @Test func directoriesEndWithASlashAndAreNotComplete() {
        let completion = complete("load cor")
        #expect(completion.start == 5)
        #expect(completion.replacements == ["core.prl", "corpora/"])
        #expect(completion.candidates.map(\.isComplete) == [true, false])
        #expect(completion.commonPrefix == "cor")
    }

    @Test func filesInsideADirectoryShowTheirNames() {
        let completion = complete("load corpora/")
        #expect(completion.replacements == ["corpora/blog.jsonl", "corpora/support.csv"])
        #expect(completion.candidates.map(\.display) == ["blog.jsonl", "support.csv"])
        #expect(completion.commonPrefix == "corpora/")
    }

    @Test func hiddenFilesOnlyWhenTheNameStartsWithADot() {
        #expect(!complete("load ").replacements.contains(".hidden"))
        #expect(complete("load .").replacements == [".hidden"])
    }

    @Test func pathsWithSpacesAreEscapedInABareWord() {
        #expect(complete("load my").replacements == ["my\\ file.jsonl"])
        #expect(complete("load my\\ f").replacements == ["my\\ file.jsonl"])
        #expect(complete("load it").replacements == ["it\\'s.csv"])
    }

    @Test func quotedPathsStayQuotedAndAreClosedWhenWhole() {
        let double = complete("load \"my f")
        #expect(double.start == 5)
        #expect(double.replacements == ["\"my file.jsonl\""])
        #expect(complete("load 'my").replacements == ["'my file.jsonl'"])
        #expect(complete("load \"cor").replacements == ["\"core.prl\"", "\"corpora/"])
        // A single quote cannot hold a single quote: switch to double quotes.
        #expect(complete("load 'it").replacements == ["\"it's.csv\""])
    }

    @Test func tildeIsExpandedToTheHomeDirectory() {
        #expect(complete("load ~/da").replacements == ["/home/ana/data/"])
        #expect(complete("load ~").replacements == ["/home/ana/data/", "/home/ana/notes.txt"])
    }

    @Test func unreadableDirectoryOffersNothing() {
        #expect(complete("load nowhere/x").candidates.isEmpty)
    }

    @Test func utteranceIDsAfterShowAndThread() {
        #expect(complete("show a").replacements == ["a1", "a2"])
        #expect(complete("thread c").replacements == ["c\\ 1"])
        #expect(complete("show a1 ").candidates.isEmpty)
    }

    @Test func offsetsCountUTF8Bytes() {
        let completion = complete("load café.csv; he")
        #expect(completion.start == "load café.csv; ".utf8.count)
        #expect(completion.replacements == ["help"])
        let id = complete("show é")
        #expect(id.start == 5)
        #expect(id.replacements == ["é9"])
    }

    @Test func nothingInsideAComment() {
        #expect(complete("list # he").candidates.isEmpty)
    }

    @Test func semicolonInsideQuotesDoesNotStartACommand() {
        #expect(complete("load \"a;li").replacements.isEmpty)
    }
}
