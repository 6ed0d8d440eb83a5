/// Reads request heads (RFC 9112 §2–§5) from a connection's bytes as they arrive, and refuses a request as
/// soon as it exceeds the limits, without waiting for the rest. Line ends are searched for only in bytes not
/// searched before, so reading is linear in what the client sends, however it splits it.
struct RequestHeadReader {
    /// What the bytes received so far amount to.
    enum Outcome: Equatable {
        /// More bytes are needed.
        case incomplete
        /// A complete head; the bytes after it stay for the next one (pipelining).
        case head(RequestHead)
        /// The request is refused; the connection must be closed after the answer.
        case refused(RequestRefusal)
    }

    private let limits: RequestLimits
    private var buffer: [UInt8] = []
    /// Where the search for the next line end resumes.
    private var scanned = 0
    private var lineStart = 0
    /// The head being read, once its request line is; its header section starts at `headerStart`.
    private var head: RequestHead?
    private var headerStart = 0

    /// A reader for one connection.
    init(limits: RequestLimits) {
        self.limits = limits
    }

    /// Whether part of a next head has arrived (a timeout then deserves a `408`, not a silent close).
    var hasPartialHead: Bool { !buffer.isEmpty }

    /// Adds bytes received from the client.
    mutating func append(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
    }

    /// The next head, if the bytes received complete one.
    mutating func next() -> Outcome {
        while let end = buffer[scanned...].firstIndex(of: ASCII.lineFeed) {
            scanned = end + 1
            var line = buffer[lineStart..<end]
            lineStart = scanned
            if line.last == ASCII.carriageReturn { line = line.dropLast() }
            if line.contains(ASCII.carriageReturn) { return .refused(.malformed("retour chariot isolé")) }
            if let outcome = take(line) { return outcome }
        }
        scanned = buffer.count
        // One byte beyond the limit may be the carriage return ending the line.
        if head == nil, buffer.count > limits.requestLine + 1 { return .refused(.requestLineTooLong(limits)) }
        if head != nil, buffer.count - headerStart > limits.headerSection { return .refused(.headersTooLarge(limits)) }
        return .incomplete
    }

    /// Reads one line (without its line end); an outcome when the head is complete or refused.
    private mutating func take(_ line: ArraySlice<UInt8>) -> Outcome? {
        guard var head else {
            if line.endIndex > limits.requestLine { return .refused(.requestLineTooLong(limits)) }
            // RFC 9112 §2.2: blank lines before a request line are ignored (they count towards its limit).
            if line.isEmpty { return nil }
            switch RequestSyntax.requestLine(line) {
            case .success(let parsed): self.head = parsed
            case .failure(let refusal): return .refused(refusal)
            }
            headerStart = scanned
            return nil
        }
        if scanned - headerStart > limits.headerSection { return .refused(.headersTooLarge(limits)) }
        guard !line.isEmpty else { return finish(head) }
        guard head.fields.count < limits.headerFields else { return .refused(.tooManyHeaders(limits)) }
        switch RequestSyntax.field(line) {
        case .success(let field): head.fields.append(field)
        case .failure(let refusal): return .refused(refusal)
        }
        self.head = head
        return nil
    }

    /// The head just completed, checked; the reader starts again with the bytes after it.
    private mutating func finish(_ head: RequestHead) -> Outcome {
        buffer.removeFirst(scanned)
        scanned = 0
        lineStart = 0
        self.head = nil
        if let refusal = RequestSyntax.framingProblem(of: head) { return .refused(refusal) }
        return .head(head)
    }
}

/// The bytes HTTP's syntax is made of.
enum ASCII {
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let colon = UInt8(ascii: ":")
}
