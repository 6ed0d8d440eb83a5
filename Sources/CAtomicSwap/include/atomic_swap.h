#ifndef GENERIQUE_ATOMIC_SWAP_H
#define GENERIQUE_ATOMIC_SWAP_H

/// Atomically exchanges two paths (both must exist): after the call, each name refers to what the other
/// named before. Returns 0 on success, -1 with errno set otherwise (ENOSYS/EINVAL where unsupported).
int generique_exchange_paths(const char *first, const char *second);

#endif
