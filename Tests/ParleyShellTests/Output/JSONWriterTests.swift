import Testing

@testable import ParleyShell

@Suite struct JSONWriterTests {
    @Test func stringsEscapePerRFC8259() {
        #expect(JSONWriter.string("a\"b\\c") == #""a\"b\\c""#)
        #expect(JSONWriter.string("\n\r\t\u{08}\u{0C}") == #""\n\r\t\b\f""#)
        #expect(JSONWriter.string("\u{1B}\u{00}\u{1F}") == #""\u001b\u0000\u001f""#)
    }

    @Test func lineSeparatorsAndDeleteAreEscaped() {
        #expect(JSONWriter.string("a\u{2028}b\u{2029}c") == #""a\u2028b\u2029c""#)
        #expect(JSONWriter.string("\u{7F}\u{85}") == #""\u007f\u0085""#)
    }

    @Test func unicodeTextStaysReadable() {
        #expect(JSONWriter.string("Grüße 世界 👍") == "\"Grüße 世界 👍\"")
    }

    @Test func valuesHaveTheirJSONTypes() {
        #expect(JSONWriter.value(.int(-7)) == "-7")
        #expect(JSONWriter.value(.double(0.123456)) == "0.1235")
        #expect(JSONWriter.value(.double(-0.0)) == "0")
        #expect(JSONWriter.value(.double(.nan)) == "null")
        #expect(JSONWriter.value(.double(-.infinity)) == "null")
        #expect(JSONWriter.value(.bool(false)) == "false")
        #expect(JSONWriter.value(.null) == "null")
        #expect(JSONWriter.value(.time(1_509_487_847)) == #""2017-10-31T22:10:47Z""#)
        #expect(JSONWriter.value(.time(.nan)) == "null")
        #expect(JSONWriter.value(.duration(185.5)) == "185.5")
        #expect(JSONWriter.value(.list([1, "a", .null])) == #"[1,"a",null]"#)
        #expect(JSONWriter.value(.record(["a": 1, "b": .list([])])) == #"{"a":1,"b":[]}"#)
    }

    @Test func objectsKeepFieldOrderAndEscapeKeys() {
        #expect(JSONWriter.object([("z", 1), ("a\"", 2)]) == #"{"z":1,"a\"":2}"#)
    }
}
