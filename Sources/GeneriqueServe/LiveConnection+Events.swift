extension LiveConnection {
    /// The Server-Sent Events stream of `/__generique/events`: a `site` event per published generation,
    /// the current one first, until the tab goes away or the server stops. The body ends when the
    /// connection closes (RFC 9112 §6.3), so it needs no length and no chunks.
    func streamEvents(headOnly: Bool) async {
        let head = ResponseWire.head(
            status: 200, headers: ["Content-Type": MediaType.eventStream, "Cache-Control": "no-cache", "Connection": "close"])
        guard await socket.write(head, before: .now + limits.timeout), !headOnly else { return }
        var first = true
        for await generation in await site.generations() {
            guard await socket.write(Self.event(generation, first: first), before: .now + limits.timeout) else { return }
            first = false
        }
    }

    /// One event; the first of a stream also sets `retry`, so the browser reconnects quickly after the server
    /// restarts.
    static func event(_ generation: Int, first: Bool) -> [UInt8] {
        Array("\(first ? "retry: 500\n" : "")event: site\ndata: \(generation)\n\n".utf8)
    }
}
