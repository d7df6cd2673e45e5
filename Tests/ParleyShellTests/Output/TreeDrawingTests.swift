import Testing

@testable import ParleyShell

@Suite struct TreeDrawingTests {
    @Test func laterSiblingsComeFromTheDepthSequence() {
        let drawing = TreeDrawing(depths: [0, 1, 2, 2, 1, 2, 0], rowCount: 7)
        #expect(drawing.hasLaterSibling == [true, true, true, false, false, false, false])
    }

    @Test func prefixesForASmallTree() {
        let drawing = TreeDrawing(depths: [0, 1, 2, 3, 1], rowCount: 5)
        var walker = TreeDrawing.Walker(drawing)
        let prefixes = (0..<5).map { walker.boxPrefix($0) }
        #expect(prefixes == ["", "├─ ", "│  └─ ", "│     └─ ", "└─ "])
    }

    @Test func missingDepthsCountAsRoots() {
        let drawing = TreeDrawing(depths: [0, 1], rowCount: 3)
        #expect(drawing.depths == [0, 1, 0])
    }

    @Test func aSawtoothOfDeepChainsStaysLinear() {
        // Depths climbing to 2,000 and falling back, 25 times: 50,000 rows.
        let climb = Array(0..<2_000)
        let depths = Array(repeating: climb, count: 25).joined()
        let drawing = TreeDrawing(depths: Array(depths), rowCount: 50_000)
        #expect(drawing.hasLaterSibling.filter { $0 }.count == 24)  // the depth-0 rows
    }
}
