import FlyingSocks
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One client's connection: request heads read within the limits, answers from `LiveResponder`, the event
/// stream, keep-alive. Whatever the client does, no other connection waits for it, and but for the event
/// stream (which lasts as long as its tab) the connection ends within the timeout of its last answer.
struct LiveConnection: Sendable {
    let socket: AsyncSocket
    let site: LiveSite
    let limits: RequestLimits

    /// Answers requests until the client closes, a request asks to close or is refused, or time runs out.
    func serve() async {
        var reader = RequestHeadReader(limits: limits)
        var deadline = ContinuousClock.now + limits.timeout
        serving: while true {
            switch reader.next() {
            case .incomplete:
                do {
                    guard let bytes = try await socket.read(atMost: 4096, before: deadline) else {
                        // Bytes already received count, though the clock woke first.
                        if let late = try? socket.socket.read(atMost: 4096) { reader.append(late) }
                        // An idle keep-alive connection just closes; a client stuck halfway through a head is told.
                        if reader.hasPartialHead { await refuse(.timedOut(limits)) }
                        break serving
                    }
                    reader.append(bytes)
                } catch {
                    break serving
                }
            case .refused(let refusal):
                await refuse(refusal)
                break serving
            case .head(let head):
                guard await answer(head) else { break serving }
                deadline = ContinuousClock.now + limits.timeout
            }
        }
        await close()
    }

    /// Sends the answer to `head`; whether the connection stays open for another request.
    private func answer(_ head: RequestHead) async -> Bool {
        if head.path == LiveResponder.eventsPath, head.method == "GET" || head.method == "HEAD" {
            await streamEvents(headOnly: head.method == "HEAD")
            return false
        }
        let request = LiveRequest(method: head.method, path: head.path, ifNoneMatch: head.field("if-none-match"))
        let response = LiveResponder.respond(to: request, site: await site.current)
        let keepsAlive = head.keepsAlive
        // HTTP/1.1 keeps connections open unless told otherwise; HTTP/1.0 only when told so.
        let connection = keepsAlive ? (head.minorVersion == 0 ? "keep-alive" : nil) : "close"
        let sent = await socket.write(ResponseWire.bytes(of: response, connection: connection), before: .now + limits.timeout)
        return sent && keepsAlive
    }

    private func refuse(_ refusal: RequestRefusal) async {
        _ = await socket.write(ResponseWire.bytes(of: refusal.response, connection: "close"), before: .now + limits.timeout)
    }

    /// Closes gracefully: the client gets the end of the answer before the connection goes, even when it is
    /// still sending (closing with unread bytes would reset the connection and could destroy the answer), and
    /// a client that keeps sending is cut off after the timeout.
    private func close() async {
        _ = shutdown(socket.socket.file.rawValue, Int32(SHUT_WR))
        let deadline = ContinuousClock.now + limits.timeout
        while (try? await socket.read(atMost: 4096, before: deadline)) != nil {}
        try? socket.close()
    }
}
