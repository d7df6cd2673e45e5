import Testing

@testable import ParleyCore

/// The pointer views that the TWCS check reads through give what the columns give.
@Suite struct UnsafeViewTests {
    @Test func narrowIntegersAtEveryWidth() {
        var values = NarrowIntegers()
        var expected: [Int] = []
        for value in [0, 7, 255, 256, 65_535, 65_536, 4_000_000_000, 3] {
            values.append(value)
            expected.append(value)
            values.withUnsafeView { view in
                #expect(view.count == expected.count)
                #expect(expected.indices.allSatisfy { view[$0] == expected[$0] })
            }
        }
    }

    @Test func stringsAndOffsets() {
        var table = StringTable()
        let strings = (0..<100).map { String(repeating: "é", count: $0 % 9) + "\($0)" }
        for string in strings { table.append(string) }
        table.withUnsafeView { view in
            #expect(view.count == strings.count)
            #expect(
                strings.indices.allSatisfy {
                    String(decoding: view[$0], as: UTF8.self) == strings[$0]
                })
        }
    }

    /// Rows as a range and as a list, values coded in a dictionary and stored plain.
    @Test(arguments: [false, true], [false, true])
    func metadataValuesByRow(sparse: Bool, distinct: Bool) {
        // Past the dictionary's floor, distinct values are stored plain.
        let rowCount = distinct ? MetadataColumn.dictionaryFloor * 2 : 300
        var column = MetadataColumn(expectedRows: rowCount)
        var expected: [Int: String] = [:]
        for row in 0..<rowCount where !sparse || row % 3 != 1 {
            let text = distinct ? "value \(row)" : (row % 2 == 0 ? "True" : "False")
            var copy = text
            _ = copy.withUTF8 { column.set(row: row, kind: .string, text: $0) }
            expected[row] = text
        }
        #expect(column.encoding == (distinct ? .plain : .dictionary))
        column.withUnsafeView { view in
            for row in -1...rowCount {
                let got = view.value(row: row).map { String(decoding: $0, as: UTF8.self) }
                #expect(got == expected[row], "row \(row)")
            }
        }
    }
}
