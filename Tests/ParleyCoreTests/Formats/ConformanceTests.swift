import ParleyCore
import ParleyTestSupport
import Testing

/// Every reader passes the shared ``ReaderConformance`` suite.
@Suite struct ConformanceTests {
    static let jsonl = """
        {"id": "a", "author": "ann", "text": "hi", "time": "2024-01-01T10:00:00+02:00"}
        {"id": "b", "parent": "a", "author": "Shop", "role": "agent", "text": "hello"}
        {"id": "c", "parent": "zz", "author": "ann", "text": "orphan", "time": 1700000000}

        """
    static let csv = """
        id,parent,author,role,text,time
        a,,ann,,"hi, there",2024-01-01T10:00:00Z
        b,a,Shop,agent,"two
        lines",1700000000
        c,zz,ann,,orphan,

        """
    static let twcs = """
        ,tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id
        0,1,ann,True,Tue Oct 31 22:10:47 +0000 2017,help,2,
        1,2,Shop,False,Tue Oct 31 22:11:47 +0000 2017,"on it,
        promise",,1.0
        2,3,ann,True,Tue Oct 31 22:12:47 +0000 2017,orphan,,99.0

        """
    static let convokit = """
        {"id": "a", "conversation_id": "a", "text": "hi", "speaker": "ann", "meta": {"n": 1}, "reply-to": null, "timestamp": 10, "vectors": []}
        {"id": "b", "conversation_id": "a", "text": "yo", "speaker": "Shop", "meta": {}, "reply-to": "a", "timestamp": 11, "vectors": []}
        {"id": "c", "conversation_id": "c", "text": "x", "speaker": "ann", "meta": {}, "reply-to": "zz", "timestamp": null, "vectors": []}

        """

    static let reddit = """
        {"author": "op", "created_utc": 1706745600, "id": "s1", "name": "t3_s1", "selftext": "hi", "subreddit": "x", "title": "Q"}
        {"author": "ann", "body": "yo", "created_utc": "1706745700", "id": "c1", "parent_id": "t3_s1", "subreddit": "x"}
        {"author": "[deleted]", "body": "[removed]", "created_utc": 1706745800.5, "id": "c2", "parent_id": "t1_zz", "subreddit": "x"}

        """

    static let hackernews = """
        [
          {"by": "pg", "id": 1, "kids": [2], "time": 1160418111, "title": "Y", "type": "story"},
          {"by": "ann", "id": 2, "parent": 1, "text": "a &amp; b<p>c", "time": 1160418112, "type": "comment"},
          {"by": "bob", "id": 3, "parent": 99, "text": "<i>orphan</i>", "time": 1160418113, "type": "comment"}
        ]

        """

    static var cases: [ReaderConformance] {
        [
            ReaderConformance(
                format: .jsonl, files: ["in.jsonl": jsonl], entry: "in.jsonl",
                brokenFile: "in.jsonl",
                broken: jsonl.replacingOccurrences(of: "\"b\",", with: "\"b\""),
                brokenLine: 2, organizationSpeakers: ["Shop"]),
            ReaderConformance(
                format: .csv, files: ["in.csv": csv], entry: "in.csv", brokenFile: "in.csv",
                broken: csv.replacingOccurrences(of: "c,zz,ann,,", with: "c,zz,ann,"),
                brokenLine: 5, organizationSpeakers: ["Shop"]),
            ReaderConformance(
                format: .tsv,
                files: ["in.tsv": "id\tparent\tauthor\ttext\na\t\tann\thi\nb\ta\tbo\tyo\n"],
                entry: "in.tsv", brokenFile: "in.tsv",
                broken: "id\tparent\tauthor\ttext\na\t\tann\thi\nb\ta\tyo\n", brokenLine: 3),
            ReaderConformance(
                format: .twcs, files: ["t.csv": twcs], entry: "t.csv", brokenFile: "t.csv",
                broken: twcs.replacingOccurrences(of: "2,3,ann,True", with: "2,3,ann"),
                brokenLine: 5, organizationSpeakers: ["Shop"]),
            ReaderConformance(
                format: .convokit,
                files: [
                    "utterances.jsonl": convokit,
                    "speakers.json": #"{"Shop": {"meta": {"role": "organization"}}}"#,
                ],
                entry: ".", brokenFile: "utterances.jsonl",
                broken: convokit.replacingOccurrences(of: "\"id\": \"b\",", with: "\"id\": \"b\""),
                brokenLine: 2, organizationSpeakers: ["Shop"]),
            ReaderConformance(
                format: .reddit, files: ["r.json": reddit], entry: "r.json", brokenFile: "r.json",
                broken: reddit.replacingOccurrences(of: "\"id\": \"c1\",", with: "\"id\" \"c1\","),
                brokenLine: 2),
            ReaderConformance(
                format: .hackernews, files: ["hn.json": hackernews], entry: "hn.json",
                brokenFile: "hn.json",
                broken: hackernews.replacingOccurrences(of: "\"id\": 2,", with: "\"id\": 2"),
                brokenLine: 3),
        ]
    }

    @Test(arguments: cases.map(\.format))
    func readerConforms(format: CorpusFormat) throws {
        let suite = try #require(Self.cases.first { $0.format == format })
        let failures = try suite.failures()
        #expect(failures.isEmpty, "\(failures)")
    }
}
