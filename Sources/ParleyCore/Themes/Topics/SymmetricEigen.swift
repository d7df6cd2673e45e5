/// Eigenvalues and eigenvectors of a small symmetric matrix by cyclic Jacobi rotations
/// (Golub & Van Loan, "Matrix Computations", 4th ed., §8.5): simple, accurate and plenty
/// fast for the 30 × 30 matrices of a randomized SVD.
enum SymmetricEigen {
    /// Sweeps after which Jacobi has converged for any matrix of this size many times over.
    static let maximumSweeps = 100
    /// Off-diagonal mass, relative to the whole, below which the matrix counts as diagonal.
    static let tolerance = 1e-22

    /// Eigenpairs of `matrix` (square, symmetric), eigenvalues descending; eigenvector `j`
    /// is column `j` of `vectors`.
    static func decompose(_ matrix: DenseMatrix) -> (values: [Double], vectors: DenseMatrix) {
        let n = matrix.rows
        var a = matrix
        var v = DenseMatrix(rows: n, columns: n)
        for i in 0..<n { v[i, i] = 1 }
        let total = a.values.reduce(0) { $0 + $1 * $1 }
        for _ in 0..<maximumSweeps {
            var off = 0.0
            for p in 0..<n { for q in 0..<n where p != q { off += a[p, q] * a[p, q] } }
            if off <= tolerance * total || off == 0 { break }
            for p in 0..<(n - 1) {
                for q in (p + 1)..<n where a[p, q] != 0 { rotate(&a, &v, p, q) }
            }
        }
        let order = (0..<n).sorted { a[$0, $0] > a[$1, $1] }
        var vectors = DenseMatrix(rows: n, columns: n)
        for (column, source) in order.enumerated() {
            for row in 0..<n { vectors[row, column] = v[row, source] }
        }
        return (order.map { a[$0, $0] }, vectors)
    }

    /// One rotation that zeroes a[p, q] (and a[q, p]).
    private static func rotate(_ a: inout DenseMatrix, _ v: inout DenseMatrix, _ p: Int, _ q: Int) {
        let theta = (a[q, q] - a[p, p]) / (2 * a[p, q])
        let sign: Double = theta >= 0 ? 1 : -1
        let t = sign / (abs(theta) + (theta * theta + 1).squareRoot())
        let c = 1 / (t * t + 1).squareRoot()
        let s = t * c
        let n = a.rows
        for k in 0..<n {
            let akp = a[k, p]
            let akq = a[k, q]
            a[k, p] = c * akp - s * akq
            a[k, q] = s * akp + c * akq
        }
        for k in 0..<n {
            let apk = a[p, k]
            let aqk = a[q, k]
            a[p, k] = c * apk - s * aqk
            a[q, k] = s * apk + c * aqk
        }
        for k in 0..<n {
            let vkp = v[k, p]
            let vkq = v[k, q]
            v[k, p] = c * vkp - s * vkq
            v[k, q] = s * vkp + c * vkq
        }
    }
}
