import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Watches folders recursively with Linux's inotify (folders created later included) and reports that
/// something changed. The only file that talks to inotify.
public enum FileWatcher {
    /// Why watching could not start.
    public struct Failure: Error, Sendable {
        /// What went wrong, for the user.
        public let message: String
    }

    /// Yields after each burst of changes under `folders` (several events close together may yield once);
    /// `log` collects the paths that changed. Watching stops when the stream's consumer goes away.
    public static func changes(in folders: [URL], log: ChangeLog) throws(Failure) -> AsyncStream<Void> {
        let descriptor = inotify_init1(Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { throw Failure(message: "cannot watch files: \(String(cString: strerror(errno)))") }
        var watches = Watches(descriptor: descriptor)
        for folder in folders { watches.addTree(folder.path) }
        let (stream, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        let stop = StopSignal()
        continuation.onTermination = { _ in stop.flag.store(true, ordering: .relaxed) }
        // A thread of its own: waiting on the descriptor must not hold one of Swift's few cooperative threads.
        let thread = Thread { [watches] in
            var watches = watches
            defer { close(descriptor) }
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            while !stop.flag.load(ordering: .relaxed) {
                var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                guard poll(&request, 1, 200) > 0 else { continue }
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                guard count > 0 else { continue }
                watches.handle(buffer[..<count], log: log)
                continuation.yield()
            }
            continuation.finish()
        }
        thread.name = "generique-watch"
        thread.start()
        return stream
    }
}

/// The paths that changed since the consumer last looked, shared by the watching thread and the consumer.
public final class ChangeLog: Sendable {
    /// Nil when the changes are not known path by path (a folder changed, events were lost).
    private let changed = Mutex<Set<String>?>([])

    /// An empty log.
    public init() {}

    /// The paths changed since the last call (absolute, as the watched folders were given), or nil when only
    /// a full rescan can tell; the log starts empty again.
    public func take() -> Set<String>? {
        changed.withLock { changed in
            defer { changed = [] }
            return changed
        }
    }

    fileprivate func record(_ path: String) {
        changed.withLock { _ = $0?.insert(path) }
    }

    fileprivate func recordUnknown() {
        changed.withLock { $0 = nil }
    }
}

private final class StopSignal: Sendable {
    let flag = Atomic(false)
}

/// The watched folders by watch descriptor, so that events name the folder they happened in.
private struct Watches: Sendable {
    let descriptor: Int32
    var folders: [Int32: String] = [:]

    private static let mask = UInt32(
        IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MODIFY | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF
            | IN_MOVE_SELF | IN_ATTRIB) | UInt32(IN_ONLYDIR)

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Watches `path` and every folder below it.
    mutating func addTree(_ path: String) {
        let watch = inotify_add_watch(descriptor, path, Self.mask)
        guard watch >= 0 else { return }
        folders[watch] = path
        let children = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        for child in children.sorted() {
            var status = stat()
            let childPath = path + "/" + child
            if lstat(childPath, &status) == 0, status.st_mode & S_IFMT == S_IFDIR { addTree(childPath) }
        }
    }

    /// Reads a batch of events into `log`: new folders get watched, removed ones forgotten.
    mutating func handle(_ bytes: ArraySlice<UInt8>, log: ChangeLog) {
        var offset = bytes.startIndex
        let headerSize = MemoryLayout<inotify_event>.size
        while offset + headerSize <= bytes.endIndex {
            let (watch, mask, nameLength) = bytes.withUnsafeBytes { raw in
                let event = raw.loadUnaligned(fromByteOffset: offset - bytes.startIndex, as: inotify_event.self)
                return (event.wd, event.mask, Int(event.len))
            }
            let nameBytes = bytes[(offset + headerSize)..<min(bytes.endIndex, offset + headerSize + nameLength)]
            let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
            if mask & UInt32(IN_IGNORED) != 0 {
                folders[watch] = nil
            } else if mask & UInt32(IN_Q_OVERFLOW) != 0 || mask & UInt32(IN_ISDIR) != 0 || name.isEmpty {
                log.recordUnknown()
                if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0, let parent = folders[watch] { addTree(parent + "/" + name) }
            } else if let parent = folders[watch] {
                log.record(parent + "/" + name)
            } else {
                log.recordUnknown()
            }
            offset += headerSize + nameLength
        }
    }
}
