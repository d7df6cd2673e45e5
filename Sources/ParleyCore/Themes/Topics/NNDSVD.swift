/// Nonnegative double singular value decomposition, the deterministic start of NMF
/// (Boutsidis & Gallopoulos 2008, "SVD based initialization: A head start for nonnegative
/// matrix factorization", Pattern Recognition 41), in scikit-learn's `nndsvda` variant:
/// zeros of the start are filled with the mean of the data, so coordinate descent can move
/// every entry.
enum NNDSVD {
    /// `np.finfo(np.float32).eps`, scikit-learn's cut-off for zero in the start.
    static let epsilon = Double(Float.ulpOfOne)

    /// Starting factors: `w` (rows × rank) and `h` (rank × columns).
    static func start(
        _ matrix: SparseMatrix, rank: Int, seed: UInt64
    ) -> (w: DenseMatrix, h: DenseMatrix) {
        let svd = RandomizedSVD(matrix, rank: rank, seed: seed)
        var w = DenseMatrix(rows: matrix.rows, columns: rank)
        var h = DenseMatrix(rows: rank, columns: matrix.columns)
        for component in 0..<min(rank, svd.values.count) {
            let u = (0..<matrix.rows).map { svd.left[$0, component] }
            let v = (0..<matrix.columns).map { svd.right[component, $0] }
            let (x, y, scale) = pick(
                u, v, singularValue: svd.values[component], first: component == 0)
            for row in 0..<matrix.rows { w[row, component] = scale * x[row] }
            for column in 0..<matrix.columns { h[component, column] = scale * y[column] }
        }
        // As scikit-learn: entries below single precision's epsilon count as zero.
        for index in w.values.indices where w.values[index] < Self.epsilon { w.values[index] = 0 }
        for index in h.values.indices where h.values[index] < Self.epsilon { h.values[index] = 0 }
        let mean = matrix.mean
        for index in w.values.indices where w.values[index] == 0 { w.values[index] = mean }
        for index in h.values.indices where h.values[index] == 0 { h.values[index] = mean }
        return (w, h)
    }

    /// The positive or negative part of a singular pair, whichever carries more, as unit
    /// vectors and the scale to apply to both (the paper's Table 1).
    private static func pick(_ u: [Double], _ v: [Double], singularValue: Double, first: Bool)
        -> (x: [Double], y: [Double], scale: Double)
    {
        if first {
            // The leading pair of a nonnegative matrix can be taken nonnegative (Perron–Frobenius).
            return (u.map(abs), v.map(abs), singularValue.squareRoot())
        }
        let up = u.map { max($0, 0) }
        let un = u.map { max(-$0, 0) }
        let vp = v.map { max($0, 0) }
        let vn = v.map { max(-$0, 0) }
        let (upNorm, unNorm) = (norm(up), norm(un))
        let (vpNorm, vnNorm) = (norm(vp), norm(vn))
        let positive = upNorm * vpNorm
        let negative = unNorm * vnNorm
        if positive > negative {
            guard positive > 0 else { return (up, vp, 0) }
            return (
                up.map { $0 / upNorm }, vp.map { $0 / vpNorm },
                (singularValue * positive).squareRoot()
            )
        }
        guard negative > 0 else { return (un, vn, 0) }
        return (
            un.map { $0 / unNorm }, vn.map { $0 / vnNorm }, (singularValue * negative).squareRoot()
        )
    }

    private static func norm(_ vector: [Double]) -> Double {
        vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
    }
}
