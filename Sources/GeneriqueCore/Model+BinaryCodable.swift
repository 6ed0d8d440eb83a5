// The binary form of the model values, for the parse cache: fields in declaration order, nothing else.

extension Network: BinaryCodable {}
extension ProfileKind: BinaryCodable {}
extension SocieteKind: BinaryCodable {}
extension Diagnostic.Severity: BinaryCodable {}

extension RenderedText: BinaryCodable {
    public func encode(to writer: inout BinaryWriter) {
        writer.write(html)
        writer.write(summary)
    }

    public init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        self.init(html: try reader.read(), summary: try reader.read())
    }
}

extension Account: BinaryCodable {
    public func encode(to writer: inout BinaryWriter) {
        writer.write(network)
        writer.write(handle)
        writer.write(isConfirmed)
    }

    public init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        self.init(network: try reader.read(), handle: try reader.read(), isConfirmed: try reader.read())
    }
}

extension LocalDate: BinaryCodable {
    public func encode(to writer: inout BinaryWriter) {
        writer.write(year)
        writer.write(month)
        writer.write(day)
    }

    public init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        guard let date = LocalDate(year: try reader.read(), month: try reader.read(), day: try reader.read()) else {
            throw BinaryFormatError()
        }
        self = date
    }
}

extension CollationKey: BinaryCodable {
    /// All three parts: computing them again from the text would cost more than reading them.
    public func encode(to writer: inout BinaryWriter) {
        writer.write(primary)
        writer.write(secondary)
        writer.write(tertiary)
    }

    public init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        self.init(primary: try reader.read(), secondary: try reader.read(), tertiary: try reader.read())
    }
}

extension SourceLocation: BinaryCodable {
    public func encode(to writer: inout BinaryWriter) {
        writer.write(path)
        writer.write(line)
        writer.write(column)
    }

    public init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        self.init(path: try reader.read(), line: try reader.read(), column: try reader.read())
    }
}

extension Diagnostic: BinaryCodable {
    public func encode(to writer: inout BinaryWriter) {
        writer.write(severity)
        writer.write(location)
        writer.write(message)
        writer.write(code)
        writer.write(hint)
    }

    public init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        self.init(
            try reader.read(), at: try reader.read(), try reader.read(), code: try reader.read(), hint: try reader.read())
    }
}

extension Profile: BinaryCodable {
    public func encode(to writer: inout BinaryWriter) {
        writer.write(slug)
        writer.write(aliases)
        writer.write(name)
        writer.write(sortKey)
        writer.write(kind)
        writer.write(professions)
        writer.write(role)
        writer.write(companies)
        writer.write(accounts)
        writer.write(website)
        writer.write(feed)
        writer.write(wikidata)
        writer.write(added)
        writer.write(verified)
        writer.write(sources)
        writer.write(draft)
        writer.write(bio)
        writer.write(sourcePath)
    }

    public init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        self.init(
            slug: try reader.read(), aliases: try reader.read(), name: try reader.read(), sortKey: try reader.read(),
            kind: try reader.read(),
            professions: try reader.read(), role: try reader.read(), companies: try reader.read(),
            accounts: try reader.read(), website: try reader.read(), feed: try reader.read(),
            wikidata: try reader.read(), added: try reader.read(),
            verified: try reader.read(), sources: try reader.read(), draft: try reader.read(), bio: try reader.read(),
            sourcePath: try reader.read())
    }
}

extension Metier: BinaryCodable {
    public func encode(to writer: inout BinaryWriter) {
        writer.write(key)
        writer.write(title)
        writer.write(label)
        writer.write(order)
        writer.write(description)
        writer.write(wikidataOccupations)
        writer.write(sourcePath)
    }

    public init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        self.init(
            key: try reader.read(), title: try reader.read(), label: try reader.read(), order: try reader.read(),
            description: try reader.read(), wikidataOccupations: try reader.read(), sourcePath: try reader.read())
    }
}

extension Societe: BinaryCodable {
    public func encode(to writer: inout BinaryWriter) {
        writer.write(key)
        writer.write(aliases)
        writer.write(name)
        writer.write(sortKey)
        writer.write(kind)
        writer.write(website)
        writer.write(accounts)
        writer.write(wikidata)
        writer.write(sources)
        writer.write(verified)
        writer.write(description)
        writer.write(sourcePath)
    }

    public init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        self.init(
            key: try reader.read(), aliases: try reader.read(), name: try reader.read(), sortKey: try reader.read(),
            kind: try reader.read(), website: try reader.read(), accounts: try reader.read(), wikidata: try reader.read(),
            sources: try reader.read(),
            verified: try reader.read(), description: try reader.read(), sourcePath: try reader.read())
    }
}

extension FreePage: BinaryCodable {
    public func encode(to writer: inout BinaryWriter) {
        writer.write(slug)
        writer.write(title)
        writer.write(description)
        writer.write(body)
        writer.write(sourcePath)
    }

    public init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        self.init(
            slug: try reader.read(), title: try reader.read(), description: try reader.read(), body: try reader.read(),
            sourcePath: try reader.read())
    }
}

extension HomeIntro: BinaryCodable {
    public func encode(to writer: inout BinaryWriter) {
        writer.write(body)
        writer.write(description)
    }

    public init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        self.init(body: try reader.read(), description: try reader.read())
    }
}

extension SiteConfig: BinaryCodable {
    public func encode(to writer: inout BinaryWriter) {
        writer.write(title)
        writer.write(description)
        writer.write(baseURL)
        writer.write(language)
        writer.write(accounts)
        writer.write(unsafeHTML)
        writer.write(staleAfterDays)
    }

    public init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        self.init(
            title: try reader.read(), description: try reader.read(), baseURL: try reader.read(),
            language: try reader.read(), accounts: try reader.read(), unsafeHTML: try reader.read(),
            staleAfterDays: try reader.read())
    }
}
