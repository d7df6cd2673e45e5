/// A dense matrix of doubles stored row by row: the factors of a topic model (utterances by
/// topics, topics by terms) and the small matrices of the SVD behind their start.
public struct DenseMatrix: Sendable, Equatable {
    public let rows: Int
    public let columns: Int
    /// Element (r, c) is at `r * columns + c`.
    public var values: [Double]

    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        self.rows = rows
        self.columns = columns
        values = [Double](repeating: value, count: rows * columns)
    }

    public subscript(row: Int, column: Int) -> Double {
        get { values[row * columns + column] }
        set { values[row * columns + column] = newValue }
    }

    /// The transpose (for the factor updated as a transposed problem).
    public func transposed() -> DenseMatrix {
        var result = DenseMatrix(rows: columns, columns: rows)
        for row in 0..<rows {
            for column in 0..<columns {
                result.values[column * rows + row] = values[row * columns + column]
            }
        }
        return result
    }

    /// `selfᵀ · self` (columns × columns). Rows are summed in fixed chunks, in parallel,
    /// and the chunks added in order, so the same input gives the same bits on every run.
    public func gram() -> DenseMatrix {
        let width = columns
        let chunks = ParallelRows.chunkCount(rows)
        var partial = [Double](repeating: 0, count: max(chunks, 1) * width * width)
        values.withUnsafeBufferPointer { source in
            partial.withUnsafeMutableBufferPointer { buffer in
                let target = SharedRows(buffer: buffer)
                let shared = SharedSource(buffer: source)
                ParallelRows.forEachChunk(rows) { range in
                    let offset = range.lowerBound / ParallelRows.chunkSize * width * width
                    Self.accumulateGram(shared.buffer, range, width, target.buffer, offset)
                }
            }
        }
        var result = DenseMatrix(rows: width, columns: width)
        for chunk in 0..<chunks {
            for index in 0..<(width * width) {
                result.values[index] += partial[chunk * width * width + index]
            }
        }
        for a in 0..<width {
            for b in 0..<a { result.values[a * width + b] = result.values[b * width + a] }
        }
        return result
    }

    /// The upper triangle of the rows' contribution to the Gram matrix.
    private static func accumulateGram(
        _ source: UnsafeBufferPointer<Double>, _ range: Range<Int>, _ width: Int,
        _ target: UnsafeMutableBufferPointer<Double>, _ offset: Int
    ) {
        for row in range {
            let base = row * width
            for a in 0..<width {
                let value = source[base + a]
                guard value != 0 else { continue }
                for b in a..<width { target[offset + a * width + b] += value * source[base + b] }
            }
        }
    }
}

/// Read-only rows shared by workers.
struct SharedSource: @unchecked Sendable {
    let buffer: UnsafeBufferPointer<Double>
}
