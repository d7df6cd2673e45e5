#ifndef PARLEY_CALLOCATOR_H
#define PARLEY_CALLOCATOR_H

#include <stdlib.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

/// Gives every allocation of `bytes` or more pages of its own, handed back to the system
/// when it is freed (glibc's mmap threshold, fixed; see ProcessMemory.swift). Does
/// nothing where the C library is not glibc.
static inline void parley_map_allocations_from(int bytes) {
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, bytes);
#else
    (void)bytes;
#endif
}

#endif
