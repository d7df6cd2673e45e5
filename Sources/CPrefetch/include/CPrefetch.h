#ifndef PARLEY_CPREFETCH_H
#define PARLEY_CPREFETCH_H

/// Asks the processor to bring the cache line holding `address` into cache, without
/// waiting for it. Swift has no prefetch of its own; a load in its place has to wait for
/// the line before it retires, so only a few can be in flight at once.
static inline void parley_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
