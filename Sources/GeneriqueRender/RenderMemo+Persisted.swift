import GeneriqueCore

/// The part of a `RenderMemo` a one-off build keeps for the next one, in binary form: the rendered profile
/// cards (ten thousand renders of `partials/profile-card` otherwise). Profile page
/// inputs and exports stay in memory, for `serve`: profile pages are fingerprinted from their inputs anyway.
extension RenderMemo {
    /// The binary form; read back by the same program only (the file that holds it checks).
    public var persisted: [UInt8] {
        var writer = BinaryWriter(reservingCapacity: cards.count * 600)
        writer.write(templatesFingerprint ?? 0)
        let slugs = cards.keys.sorted()
        writer.write(slugs)
        for slug in slugs { writer.write(cards[slug]!) }
        return writer.bytes
    }

    /// The memo `persisted` wrote, or nil if the bytes are not one.
    public init?(persisted bytes: [UInt8]) {
        var reader = BinaryReader(bytes)
        do throws(BinaryFormatError) {
            let templates: UInt64 = try reader.read()
            let slugs: [String] = try reader.read()
            var cards: [String: ProfileCard] = [:]
            for slug in slugs { cards[slug] = try reader.read(ProfileCard.self) }
            guard reader.isAtEnd else { return nil }
            self.init(templatesFingerprint: templates, cards: cards)
        } catch {
            return nil
        }
    }
}

extension ProfileCard: BinaryCodable {
    public func encode(to writer: inout BinaryWriter) {
        writer.write(name)
        writer.write(url)
        writer.write(summary)
        writer.write(companies)
        writer.write(isOrganization)
        writer.write(html)
    }

    public init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        self.init(
            name: try reader.read(), url: try reader.read(), summary: try reader.read(), companies: try reader.read(),
            isOrganization: try reader.read(), html: try reader.read())
    }
}
