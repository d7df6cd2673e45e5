import Glibc

/// An advisory lock that says one Parley is writing to a workspace. A second Parley that
/// cannot take it opens the workspace read-only.
///
/// `flock` locks are separate from the POSIX record locks SQLite takes, so holding one on
/// the database file does not disturb SQLite's own locking. The descriptor stays open
/// until the workspace is closed: closing any descriptor of the file would drop SQLite's
/// POSIX locks, so it is closed only after the database connection.
final class WorkspaceLock {
    private var descriptor: Int32

    /// Takes the lock on `path` (creating an empty file there if `create`) without
    /// waiting; nil when another process holds it or the file cannot be opened.
    init?(path: String, create: Bool) {
        descriptor =
            create
            ? open(path, O_RDONLY | O_CREAT | O_CLOEXEC, 0o644) : open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            close(descriptor)
            return nil
        }
    }

    func release() {
        guard descriptor >= 0 else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }
}
