/// A sparse matrix in compressed sparse row form (CSR): the document-term matrix of a topic
/// model. Row `r`'s entries are `columnIndices[rowStarts[r]..<rowStarts[r + 1]]` with their
/// `values`, columns ascending within a row.
public struct SparseMatrix: Sendable, Equatable {
    public let rows: Int
    public let columns: Int
    public var rowStarts: [Int]
    public var columnIndices: [Int32]
    public var values: [Double]

    public init(
        rows: Int, columns: Int, rowStarts: [Int], columnIndices: [Int32], values: [Double]
    ) {
        self.rows = rows
        self.columns = columns
        self.rowStarts = rowStarts
        self.columnIndices = columnIndices
        self.values = values
    }

    public var nonZeroCount: Int { values.count }

    /// The transpose, also in CSR form (so it is the original in CSC form). Rows of the
    /// result list their columns ascending, because the source rows are visited in order.
    public func transposed() -> SparseMatrix {
        var counts = [Int](repeating: 0, count: columns + 1)
        for column in columnIndices { counts[Int(column) + 1] += 1 }
        for index in 0..<columns { counts[index + 1] += counts[index] }
        let starts = counts
        var next = counts
        var indices = [Int32](repeating: 0, count: nonZeroCount)
        var newValues = [Double](repeating: 0, count: nonZeroCount)
        for row in 0..<rows {
            for entry in rowStarts[row]..<rowStarts[row + 1] {
                let column = Int(columnIndices[entry])
                indices[next[column]] = Int32(row)
                newValues[next[column]] = values[entry]
                next[column] += 1
            }
        }
        return SparseMatrix(
            rows: columns, columns: rows, rowStarts: starts, columnIndices: indices,
            values: newValues)
    }

    /// `self · other` where `other` is dense (columns × k): one output row per input row,
    /// rows computed in parallel (each row's sum runs in a fixed order, so the result is
    /// the same on any number of threads).
    public func multiplied(by other: DenseMatrix) -> DenseMatrix {
        var result = DenseMatrix(rows: rows, columns: other.columns)
        multiply(by: other, into: &result)
        return result
    }

    /// ``multiplied(by:)`` into `result` (rows × k), reusing its storage: fits call this
    /// every sweep, and a fresh array of this size costs page faults each time.
    public func multiply(by other: DenseMatrix, into result: inout DenseMatrix) {
        precondition(other.rows == columns, "inner dimensions differ")
        precondition(result.rows == rows && result.columns == other.columns, "wrong result size")
        result.values.withUnsafeMutableBufferPointer { output in
            output.update(repeating: 0)
            let target = SharedRows(buffer: output)
            ParallelRows.forEachChunk(rows) { range in
                rowsProduct(range, other, target.buffer)
            }
        }
    }

    /// Rows `range` of the product. All reads go through unsafe pointers: this loop is most
    /// of the time of a topic model, and array bounds checks stop it vectorising.
    private func rowsProduct(
        _ range: Range<Int>, _ other: DenseMatrix, _ output: UnsafeMutableBufferPointer<Double>
    ) {
        let width = other.columns
        other.values.withUnsafeBufferPointer { dense in
            rowStarts.withUnsafeBufferPointer { starts in
                columnIndices.withUnsafeBufferPointer { indices in
                    values.withUnsafeBufferPointer { weights in
                        guard let dense = dense.baseAddress, let out = output.baseAddress else {
                            return
                        }
                        for row in range {
                            let target = out + row * width
                            for entry in starts[row]..<starts[row + 1] {
                                let weight = weights[entry]
                                let source = dense + Int(indices[entry]) * width
                                for column in 0..<width {
                                    target[column] += weight * source[column]
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Parts the rows are split into for ``transposeMultiplied(by:)``: fixed, so the sums
    /// are added in the same order whatever the number of threads.
    static let transposeParts = 2

    /// `selfᵀ · other` where `other` is dense (rows × k), without building the transpose.
    ///
    /// Visits this matrix's rows in order, so `other` is read front to back and only the
    /// (smaller) result is written at random, as SciPy's CSC product does; a gather over
    /// the transpose reads `other` at random and spends its time in cache misses. Each of
    /// ``transposeParts`` row ranges sums into its own buffer, added in order at the end.
    public func transposeMultiplied(by other: DenseMatrix) -> DenseMatrix {
        var result = DenseMatrix(rows: columns, columns: other.columns)
        var scratch: [Double] = []
        transposeMultiply(by: other, into: &result, scratch: &scratch)
        return result
    }

    /// ``transposeMultiplied(by:)`` into `result` (columns × k), reusing its storage and
    /// that of `scratch` (any array; it is resized as needed).
    public func transposeMultiply(
        by other: DenseMatrix, into result: inout DenseMatrix, scratch: inout [Double]
    ) {
        precondition(other.rows == rows, "inner dimensions differ")
        precondition(result.rows == columns && result.columns == other.columns, "wrong size")
        let size = columns * other.columns
        let parts = Self.transposeParts
        if scratch.count != parts * size {
            scratch = [Double](repeating: 0, count: parts * size)
        }
        scratch.withUnsafeMutableBufferPointer { buffer in
            buffer.update(repeating: 0)
            let target = SharedRows(buffer: buffer)
            let partRows = (rows + parts - 1) / parts
            ParallelRows.forEach(parts) { part in
                let range = min(rows, part * partRows)..<min(rows, (part + 1) * partRows)
                scatter(range, other, target.buffer, offset: part * size)
            }
        }
        result.values.withUnsafeMutableBufferPointer { output in
            scratch.withUnsafeBufferPointer { sums in
                for index in 0..<size { output[index] = sums[index] }
                for part in 1..<parts {
                    for index in 0..<size { output[index] += sums[part * size + index] }
                }
            }
        }
    }

    private func scatter(
        _ range: Range<Int>, _ other: DenseMatrix, _ output: UnsafeMutableBufferPointer<Double>,
        offset: Int
    ) {
        let width = other.columns
        other.values.withUnsafeBufferPointer { dense in
            rowStarts.withUnsafeBufferPointer { starts in
                columnIndices.withUnsafeBufferPointer { indices in
                    values.withUnsafeBufferPointer { weights in
                        guard let dense = dense.baseAddress, let out = output.baseAddress else {
                            return
                        }
                        for row in range {
                            let source = dense + row * width
                            for entry in starts[row]..<starts[row + 1] {
                                let weight = weights[entry]
                                let target = out + offset + Int(indices[entry]) * width
                                for column in 0..<width {
                                    target[column] += weight * source[column]
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The mean of all elements, zeros included (NNDSVDa fills zeros of the start with it).
    public var mean: Double {
        guard rows > 0, columns > 0 else { return 0 }
        return values.reduce(0, +) / (Double(rows) * Double(columns))
    }
}

/// A buffer whose rows are written by different workers, each row by exactly one.
struct SharedRows<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
}
