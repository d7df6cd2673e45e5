import Testing

@testable import ParleyCore

@Suite struct TWCSReaderTests {
    @Test(arguments: ["twcs-head", "twcs-sample-93"])
    func realFilesMatchThePythonCounts(name: String) throws {
        guard let path = sharedDataPath("twcs/\(name).csv") else { return }
        let expected = try expectedCounts(name)
        let result = try CorpusLoader.load([path], options: LoadOptions())
        let report = result.reports[0]
        #expect(report.format == .twcs)
        let corpus = result.corpus
        #expect(corpus.utteranceCount == count(expected, "utterances"))
        #expect(corpus.speakerCount == count(expected, "speakers"))
        let organization = corpus.speakers.filter { $0.role == .organization }
        #expect(organization.count == count(expected, "organization_speakers"))
        let organizationUtterances = corpus.utteranceIndices.filter {
            corpus.role(of: $0) == .organization
        }
        #expect(organizationUtterances.count == count(expected, "organization_utterances"))
        #expect(corpus.forest.orphans.count == count(expected, "orphans"))
        #expect(corpus.conversationCount == count(expected, "conversations"))
        #expect(
            corpus.utteranceIndices.map(corpus.forest.depth).max() == count(expected, "max_depth"))
        let mismatches =
            count(expected, "responses_not_confirmed") + count(expected, "replies_not_listed")
        #expect(report.warningCount == mismatches)
    }

    @Test func brokenRecordIsReportedWithItsLineAndSkipped() throws {
        guard let path = sharedDataPath("twcs/twcs-head.csv") else { return }
        let report = try CorpusLoader.load([path], options: LoadOptions()).reports[0]
        #expect(
            report.problems.filter { $0.severity == .error }.map(\.location.line) == [2589, 2589])
        #expect(report.skippedCount == 2)
        let strict = loadError([path], options: LoadOptions(policy: .stop))
        guard case .badRecord(let problem) = strict else {
            Issue.record("expected a bad record, got \(String(describing: strict))")
            return
        }
        #expect(problem.location == SourceLocation(file: path, line: 2589))
    }

    static let header =
        "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n"

    @Test func detectedByHeaderAndRolesFromInbound() throws {
        let text =
            Self.header + """
                1,fan,True,Tue Oct 31 22:10:47 +0000 2017,help,2,
                2,Brand,False,Tue Oct 31 22:11:47 +0000 2017,sure,,1.0

                """
        let loaded = try loadText(text, name: "tweets.csv")
        #expect(loaded.report.format == .twcs)
        #expect(loaded.report.problems.isEmpty)
        let reply = try #require(loaded.corpus.index(ofID: "2"))
        #expect(loaded.corpus.role(of: reply) == .organization)
        #expect(loaded.corpus.role(of: 0) == .customer)
        #expect(loaded.corpus.forest.parent(of: reply) == 0)
        #expect(loaded.corpus.timestamp(of: 0) == 1_509_487_847)
    }

    @Test func responseListMismatchesAreWarnings() throws {
        let text =
            Self.header + """
                1,fan,True,Tue Oct 31 22:10:47 +0000 2017,help,"2,3",
                2,Brand,False,Tue Oct 31 22:11:47 +0000 2017,sure,,1.0
                3,fan,True,Tue Oct 31 22:12:47 +0000 2017,hm,,2.0
                4,fan,True,Tue Oct 31 22:13:47 +0000 2017,again,99,1.0

                """
        let loaded = try loadText(text, name: "tweets.csv")
        #expect(
            problemLines(loaded.report) == [
                "2: warning: response_tweet_id lists '3', which replies to '2'",
                "4: warning: replies to '2', whose response_tweet_id does not list it",
                "5: warning: replies to '1', whose response_tweet_id does not list it",
            ])
        #expect(loaded.report.skippedCount == 0)
        #expect(loaded.corpus.utteranceCount == 4)
    }

    /// At one tweet, what its list says comes before what its own link says; a long list
    /// (searched, not scanned) still finds every reply it names.
    @Test func aTweetsListWarningsComeBeforeItsOwnAndLongListsAreSearched() throws {
        let listed = (3...22).map(String.init).joined(separator: ",")
        var text =
            Self.header + """
                1,fan,True,Tue Oct 31 22:10:47 +0000 2017,help,"\(listed)",
                2,Brand,False,Tue Oct 31 22:11:47 +0000 2017,sure,30,1.0

                """
        for reply in 3...23 {
            text += "\(reply),Brand,False,Tue Oct 31 22:12:47 +0000 2017,r,,1.0\n"
        }
        text += "30,fan,True,Tue Oct 31 22:13:47 +0000 2017,x,,1.0\n"
        let loaded = try loadText(text, name: "tweets.csv")
        #expect(
            problemLines(loaded.report) == [
                "3: warning: response_tweet_id lists '30', which replies to '1'",
                "3: warning: replies to '1', whose response_tweet_id does not list it",
                "24: warning: replies to '1', whose response_tweet_id does not list it",
                "25: warning: replies to '1', whose response_tweet_id does not list it",
            ])
    }

    @Test func listsWithSpacesAndASelfReplyAreNoDisagreement() throws {
        // 3 names itself as parent and in its own list: the forest breaks that cycle, and
        // the list still agrees with the link as loaded.
        let text =
            Self.header + """
                1,fan,True,Tue Oct 31 22:10:47 +0000 2017,help," 2 ,, 5 ",
                2,Brand,False,Tue Oct 31 22:11:47 +0000 2017,sure,,1.0
                3,fan,True,Tue Oct 31 22:12:47 +0000 2017,me,3,3.0
                5,fan,True,Tue Oct 31 22:13:47 +0000 2017,ok,,1

                """
        let loaded = try loadText(text, name: "tweets.csv")
        #expect(problemLines(loaded.report) == [])
        #expect(loaded.corpus.forest.brokenCycles.count == 1)
    }

    @Test func onlyTheFilesOwnTweetsAreChecked() throws {
        let directory = ScratchDirectory()
        let first = directory.write(
            "first.csv",
            Self.header + "1,fan,True,Tue Oct 31 22:10:47 +0000 2017,help,,\n")
        let second = directory.write(
            "second.csv",
            Self.header + "2,Brand,False,Tue Oct 31 22:11:47 +0000 2017,sure,,1.0\n"
                + "3,fan,True,Tue Oct 31 22:12:47 +0000 2017,hm,,2.0\n")
        let result = try CorpusLoader.load([first, second], options: LoadOptions())
        #expect(result.reports[0].problems.isEmpty)
        // 2 replies to a tweet of the other file: not this file's disagreement. 3 replies
        // to 2, whose empty list leaves it out.
        #expect(
            result.reports[1].problems.map(\.description) == [
                "\(second):3: warning: replies to '2', whose response_tweet_id does not list it"
            ])
    }
}
