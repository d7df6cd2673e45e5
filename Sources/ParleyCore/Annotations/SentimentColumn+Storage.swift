// The workspace keeps scores as they are held in memory, so storing and restoring them
// neither rounds nor rescores.

extension SentimentColumn {
    /// The packed scores, four values per utterance (negative, neutral, positive in
    /// thousandths; compound in ten-thousandths).
    public var packedValues: [Int16] {
        var values: [Int16] = []
        values.reserveCapacity(storage.count * 4)
        for packed in storage {
            values += [packed.negative, packed.neutral, packed.positive, packed.compound]
        }
        return values
    }

    /// A column from ``packedValues``; nil when the count is not a multiple of four.
    public init?(packedValues values: [Int16]) {
        guard values.count % 4 == 0 else { return nil }
        var storage: [Packed] = []
        storage.reserveCapacity(values.count / 4)
        for start in stride(from: 0, to: values.count, by: 4) {
            storage.append(
                Packed(
                    negative: values[start], neutral: values[start + 1],
                    positive: values[start + 2], compound: values[start + 3]))
        }
        self.init(storage: storage)
    }
}
