/// Non-negative matrix factorisation `X ≈ W H` minimising the Frobenius norm, by cyclic
/// coordinate descent (Cichocki & Phan 2009, "Fast local algorithms for large scale
/// nonnegative matrix and tensor factorizations"; Hsieh & Dhillon 2011), ported from
/// scikit-learn's `NMF(solver='cd')`: the same update, the same stopping rule (the
/// projected-gradient violation of a sweep against the first sweep's), no regularisation,
/// no shuffling. Start: ``NNDSVD`` (scikit-learn's `init='nndsvda'`).
///
/// Deterministic for a seed: the seed only drives the randomized SVD of the start, and
/// every parallel step writes disjoint rows and adds partial sums in a fixed order.
public struct NonnegativeFactorization: Sendable {
    public struct Options: Sendable, Equatable {
        public var rank: Int
        public var seed: UInt64
        /// scikit-learn's defaults: `max_iter=200`, `tol=1e-4`.
        public var maximumIterations: Int
        public var tolerance: Double

        public init(
            rank: Int, seed: UInt64 = 0, maximumIterations: Int = 200, tolerance: Double = 1e-4
        ) {
            self.rank = rank
            self.seed = seed
            self.maximumIterations = maximumIterations
            self.tolerance = tolerance
        }
    }

    /// Rows × rank: how much of each topic is in each row.
    public var w: DenseMatrix
    /// Rank × columns: each topic's weight on each term.
    public var h: DenseMatrix
    /// Sweeps run (each updates W, then H).
    public var iterations: Int

    /// Factorises `matrix`. `progress` hears the sweeps done (of the maximum);
    /// `cancellation` is asked between sweeps and throws ``CancelledError``.
    public init(
        _ matrix: SparseMatrix, options: Options, cancellation: Cancellation = .never,
        progress: ((Int, Int) -> Void)? = nil
    ) throws {
        var (w, h) = NNDSVD.start(matrix, rank: options.rank, seed: options.seed)
        var ht = h.transposed()
        var firstViolation = 0.0
        var sweeps = 0
        // X Hᵀ and Xᵀ W, rewritten every sweep in place.
        var crossW = DenseMatrix(rows: matrix.rows, columns: options.rank)
        var crossH = DenseMatrix(rows: matrix.columns, columns: options.rank)
        var scratch: [Double] = []
        while sweeps < options.maximumIterations {
            if cancellation.isCancelled { throw CancelledError() }
            sweeps += 1
            matrix.multiply(by: ht, into: &crossW)
            var violation = Self.update(&w, cross: crossW, other: ht)
            matrix.transposeMultiply(by: w, into: &crossH, scratch: &scratch)
            violation += Self.update(&ht, cross: crossH, other: w)
            progress?(sweeps, options.maximumIterations)
            if sweeps == 1 { firstViolation = violation }
            if firstViolation == 0 || violation / firstViolation <= options.tolerance { break }
        }
        self.w = w
        self.h = ht.transposed()
        iterations = sweeps
    }

    /// One coordinate-descent sweep over `factor` (rows × rank) for `data ≈ factor · otherᵀ`,
    /// `other` fixed, given `cross = data · other`; returns the sum of the projected
    /// gradients' magnitudes.
    static func update(_ factor: inout DenseMatrix, cross: DenseMatrix, other: DenseMatrix)
        -> Double
    {
        let gram = other.gram()
        let rank = factor.columns
        return factor.values.withUnsafeMutableBufferPointer { buffer in
            let target = SharedRows(buffer: buffer)
            return ParallelRows.sum(factor.rows) { range in
                gram.values.withUnsafeBufferPointer { g in
                    cross.values.withUnsafeBufferPointer { c in
                        sweepRows(range, rank: rank, factor: target.buffer, gram: g, cross: c)
                    }
                }
            }
        }
    }

    /// scikit-learn's `_update_cdnmf_fast` for some rows: rows are independent, so visiting
    /// them row by row gives what its component-major loop gives.
    ///
    /// One deliberate difference in arithmetic, not in result: the gradient of a row,
    /// `G wᵢ − cᵢ` (G symmetric), is computed once and then corrected by `δ · G[t, :]` after
    /// each coordinate moves by δ, instead of being summed afresh per coordinate. Both are
    /// k² multiply-adds per row, but these vectorise where a dot product's chain of
    /// dependent additions cannot; sums differ from scikit-learn's only by rounding.
    private static func sweepRows(
        _ range: Range<Int>, rank: Int, factor: UnsafeMutableBufferPointer<Double>,
        gram: UnsafeBufferPointer<Double>, cross: UnsafeBufferPointer<Double>
    ) -> Double {
        guard let w = factor.baseAddress, let g = gram.baseAddress, let c = cross.baseAddress
        else { return 0 }
        let gradient = UnsafeMutablePointer<Double>.allocate(capacity: rank)
        defer { gradient.deallocate() }
        var violation = 0.0
        for row in range {
            let base = row * rank
            for r in 0..<rank { gradient[r] = -c[base + r] }
            for s in 0..<rank {
                let weight = w[base + s]
                guard weight != 0 else { continue }
                let gramRow = g + s * rank
                for r in 0..<rank { gradient[r] += weight * gramRow[r] }
            }
            for t in 0..<rank {
                let current = w[base + t]
                let slope = gradient[t]
                violation += abs(current == 0 ? min(0, slope) : slope)
                let hessian = g[t * rank + t]
                guard hessian != 0 else { continue }
                let updated = max(current - slope / hessian, 0)
                let delta = updated - current
                guard delta != 0 else { continue }
                w[base + t] = updated
                let gramRow = g + t * rank
                for r in 0..<rank { gradient[r] += delta * gramRow[r] }
            }
        }
        return violation
    }
}
