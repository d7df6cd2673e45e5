import ParleyCore
import Testing

@Suite struct POSIXRegexTests {
    /// Regression (found by fuzz-command-line): sixty stacked `+` made glibc's regcomp
    /// use over 4 GB; each stacked repetition doubles the memory.
    @Test(arguments: ["b++", "a*+", "x{2}*", "a?*", "b+++++++++++++++++++++++++++++++++++"])
    func refusesARepetitionOfARepetition(_ pattern: String) {
        #expect(throws: POSIXRegexError.self) { try POSIXRegex(pattern) }
    }

    @Test(arguments: ["(a+)+b", "a+b+", "[+*]+", #"\++"#, "a{2,3}b", "refund(ed)?", "x*y?z+"])
    func acceptsOrdinaryRepetitions(_ pattern: String) throws {
        _ = try POSIXRegex(pattern)
    }

    @Test func theRefusalSaysWhereAndWhat() {
        let error = #expect(throws: POSIXRegexError.self) { try POSIXRegex("b++") }
        #expect(
            error?.message
                == "a repetition ('+' at character 3) cannot follow another; "
                + "group the first one in parentheses")
    }

    @Test func matchesWithinTheGivenBytesOnly() throws {
        let regex = try POSIXRegex("refund", reportsRanges: true)
        let text = Array("no refund here".utf8)
        text.withUnsafeBufferPointer { bytes in
            #expect(regex.matches(bytes))
            #expect(regex.firstMatch(in: bytes, from: 0) == 3..<9)
            #expect(!regex.matches(UnsafeBufferPointer(rebasing: bytes[0..<5])))
        }
    }
}
