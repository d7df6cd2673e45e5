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

    /// `selfᵀ · self` (columns × columns), summed row by row in order, so the same input
    /// gives the same bits on every run.
    public func gram() -> DenseMatrix {
        var result = DenseMatrix(rows: columns, columns: columns)
        values.withUnsafeBufferPointer { source in
            result.values.withUnsafeMutableBufferPointer { target in
                for row in 0..<rows {
                    let base = row * columns
                    for a in 0..<columns {
                        let value = source[base + a]
                        guard value != 0 else { continue }
                        for b in a..<columns { target[a * columns + b] += value * source[base + b] }
                    }
                }
                for a in 0..<columns {
                    for b in 0..<a { target[a * columns + b] = target[b * columns + a] }
                }
            }
        }
        return result
    }
}
