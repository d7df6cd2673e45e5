extension RandomAccessCollection {
    /// The first index whose element `isPast` holds for, in a collection that `isPast`
    /// splits in two (false for a prefix, true for the rest): a binary search, the one
    /// that sorted row lists, range lists and source runs share.
    func partitionPoint(where isPast: (Element) throws -> Bool) rethrows -> Index {
        var (low, high) = (startIndex, endIndex)
        while low < high {
            let middle = index(low, offsetBy: distance(from: low, to: high) / 2)
            if try isPast(self[middle]) { high = middle } else { low = index(after: middle) }
        }
        return low
    }
}
