import CAllocator

/// How Parley's programs ask the C allocator to hand memory back. Each executable calls
/// ``configure()`` first; a library should not change its host's allocator, so nothing in
/// the core calls it.
///
/// glibc serves large allocations from the heap once a large block has been freed: its
/// threshold for giving a block pages of its own rises to the freed block's size, up to
/// 32 MB. Columns that grow by doubling while a corpus loads then leave their outgrown
/// buffers as holes in the heap, resident until the process ends: 9 MB of a 1M-row TWCS
/// load's peak, and more in a long session. With the threshold fixed at 1 MiB every large
/// buffer has pages of its own, returned as soon as it is freed. The parsers reuse their
/// megabyte-sized batches (``BatchPipeline``), so this costs no page faults per block.
public enum ProcessMemory {
    /// Allocations from this size up get pages of their own.
    public static let ownPagesFrom = 1 << 20

    /// Sets the policy; call before anything large is allocated.
    public static func configure() {
        parley_map_allocations_from(Int32(ownPagesFrom))
    }
}
