extension Corpus {
    /// The corpus with `extra(index)` added to each utterance's metadata. An extra key
    /// replaces an entry of the same name, so values computed now (scores) win over
    /// whatever the data carried under that name.
    public func addingMetadata(
        _ extra: (Int) -> [(key: String, value: MetadataValue)]
    ) -> Corpus {
        var copy = self
        var store = MetadataStore()
        for index in utteranceIndices {
            let added = extra(index)
            let replaced = Set(added.map(\.key))
            store.appendUtterance(
                metadata.entries(of: index).filter { !replaced.contains($0.key) } + added)
        }
        copy.metadata = store
        return copy
    }
}
