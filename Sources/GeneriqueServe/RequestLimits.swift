/// How much `serve` reads of a request, and how long it waits for it: a request beyond these is refused at
/// once, whatever follows, so a hostile or broken client costs little and others keep being served.
public struct RequestLimits: Sendable {
    /// The longest request line (method, target, version), in bytes; longer gets `414 URI Too Long`.
    public var requestLine: Int
    /// The longest header section (every field line and the blank line ending it), in bytes; longer gets
    /// `431 Request Header Fields Too Large`.
    public var headerSection: Int
    /// The most header fields a request may have; more gets `431`.
    public var headerFields: Int
    /// How long a client has to send a complete request head (from its connection or its previous answer),
    /// and to take each answer; a partial head then gets `408 Request Timeout` and the connection is closed.
    public var timeout: Duration

    /// Limits; the defaults are the ones `generique serve` uses.
    public init(requestLine: Int = 8 * 1024, headerSection: Int = 32 * 1024, headerFields: Int = 100, timeout: Duration = .seconds(10)) {
        self.requestLine = requestLine
        self.headerSection = headerSection
        self.headerFields = headerFields
        self.timeout = timeout
    }
}
