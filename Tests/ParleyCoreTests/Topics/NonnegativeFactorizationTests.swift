import ParleyCore
import Testing

@Suite struct NonnegativeFactorizationTests {
    /// A 4 × 4 block-diagonal matrix of rank 2 is factorised exactly.
    @Test func factorisesBlocks() throws {
        let dense: [[Double]] = [[1, 1, 0, 0], [2, 2, 0, 0], [0, 0, 3, 1], [0, 0, 6, 2]]
        var starts = [0]
        var columns: [Int32] = []
        var values: [Double] = []
        for row in dense {
            for (column, value) in row.enumerated() where value != 0 {
                columns.append(Int32(column))
                values.append(value)
            }
            starts.append(columns.count)
        }
        let matrix = SparseMatrix(
            rows: 4, columns: 4, rowStarts: starts, columnIndices: columns, values: values)
        let model = try NonnegativeFactorization(
            matrix, options: .init(rank: 2, seed: 1, maximumIterations: 500, tolerance: 1e-10))
        for row in 0..<4 {
            for column in 0..<4 {
                var product = 0.0
                for t in 0..<2 { product += model.w[row, t] * model.h[t, column] }
                #expect(abs(product - dense[row][column]) < 1e-3)
            }
        }
        #expect(model.w.values.allSatisfy { $0 >= 0 })
        #expect(model.h.values.allSatisfy { $0 >= 0 })
    }
}
