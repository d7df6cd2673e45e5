/// The leading singular triplets of a sparse matrix by randomized range finding (Halko,
/// Martinsson & Tropp 2011, "Finding structure with randomness", Algorithms 4.4 and 5.1),
/// as scikit-learn's `randomized_svd` computes them for NMF's NNDSVD start.
///
/// Differences from scikit-learn, on purpose: the test matrix is uniform in [-1, 1) from
/// ``SplitMix64`` rather than NumPy's Gaussian stream (so a seed means the same start on
/// every platform), power iterations renormalise with modified Gram–Schmidt rather than LU,
/// and the small SVD comes from the eigenvectors of `B Bᵀ` (ample for a start).
struct RandomizedSVD {
    /// Columns sampled beyond the rank asked for (scikit-learn's `n_oversamples`).
    static let oversamples = 10
    /// Power iterations: scikit-learn's `n_iter='auto'` uses 7 when the rank is small
    /// against the matrix, which it always is for topics.
    static let powerIterations = 7

    /// Left vectors (rows × rank), singular values, right vectors (rank × columns).
    var left: DenseMatrix
    var values: [Double]
    var right: DenseMatrix

    init(_ matrix: SparseMatrix, rank: Int, seed: UInt64) {
        let width = min(rank + Self.oversamples, min(matrix.rows, matrix.columns))
        var random = SplitMix64(seed: seed)
        var omega = DenseMatrix(rows: matrix.columns, columns: width)
        for index in omega.values.indices { omega.values[index] = random.nextDouble() * 2 - 1 }
        var q = Self.orthonormalized(matrix.multiplied(by: omega))
        for _ in 0..<Self.powerIterations {
            let back = Self.orthonormalized(matrix.transposeMultiplied(by: q))
            q = Self.orthonormalized(matrix.multiplied(by: back))
        }
        // B = Qᵀ A, kept as its transpose Aᵀ Q (columns × width).
        let bT = matrix.transposeMultiplied(by: q)
        let (eigenvalues, eigenvectors) = SymmetricEigen.decompose(bT.gram())
        let kept = min(rank, width)
        values = eigenvalues.prefix(kept).map { max($0, 0).squareRoot() }
        left = Self.product(q, eigenvectors, columns: kept)
        // Vᵀ = Σ⁻¹ Uᵦᵀ B, i.e. V = Bᵀ Uᵦ Σ⁻¹.
        var v = Self.product(bT, eigenvectors, columns: kept)
        for row in 0..<v.rows {
            for column in 0..<kept where values[column] > 0 { v[row, column] /= values[column] }
        }
        right = v.transposed()
        Self.flipSigns(&left, &right)
    }

    /// `a · b[:, 0..<columns]` for dense matrices.
    static func product(_ a: DenseMatrix, _ b: DenseMatrix, columns: Int) -> DenseMatrix {
        var result = DenseMatrix(rows: a.rows, columns: columns)
        for row in 0..<a.rows {
            for inner in 0..<a.columns {
                let value = a[row, inner]
                guard value != 0 else { continue }
                for column in 0..<columns { result[row, column] += value * b[inner, column] }
            }
        }
        return result
    }

    /// Orthonormal columns spanning those of `matrix` (modified Gram–Schmidt on a
    /// column-major copy, so each column is contiguous; a column that vanishes is left zero).
    static func orthonormalized(_ matrix: DenseMatrix) -> DenseMatrix {
        let n = matrix.rows
        var columns = matrix.transposed()
        columns.values.withUnsafeMutableBufferPointer { buffer in
            guard let q = buffer.baseAddress else { return }
            for j in 0..<matrix.columns {
                let column = q + j * n
                for i in 0..<j {
                    let earlier = q + i * n
                    let projection = dot(earlier, column, n)
                    for r in 0..<n { column[r] -= projection * earlier[r] }
                }
                let squares = dot(column, column, n)
                let scale = squares > 0 ? 1 / squares.squareRoot() : 0
                for r in 0..<n { column[r] *= scale }
            }
        }
        return columns.transposed()
    }

    /// A dot product in four interleaved partial sums: a single running sum is a chain of
    /// dependent additions the compiler may not reorder, so it cannot use vector lanes.
    static func dot(_ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ n: Int) -> Double {
        var sums = (0.0, 0.0, 0.0, 0.0)
        var index = 0
        while index + 4 <= n {
            sums.0 += a[index] * b[index]
            sums.1 += a[index + 1] * b[index + 1]
            sums.2 += a[index + 2] * b[index + 2]
            sums.3 += a[index + 3] * b[index + 3]
            index += 4
        }
        while index < n {
            sums.0 += a[index] * b[index]
            index += 1
        }
        return (sums.0 + sums.1) + (sums.2 + sums.3)
    }

    /// scikit-learn's `svd_flip(u_based_decision=True)`: each left vector's largest entry
    /// in absolute value is made positive, so signs do not depend on the arithmetic.
    static func flipSigns(_ left: inout DenseMatrix, _ right: inout DenseMatrix) {
        for column in 0..<left.columns {
            var largest = 0.0
            for row in 0..<left.rows where abs(left[row, column]) > abs(largest) {
                largest = left[row, column]
            }
            guard largest < 0 else { continue }
            for row in 0..<left.rows { left[row, column] = -left[row, column] }
            for term in 0..<right.columns { right[column, term] = -right[column, term] }
        }
    }
}
