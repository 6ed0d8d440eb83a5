import GeneriqueCore

// The binary form of a parsed file, for the parse cache's file.

extension ParsedContentFile: BinaryCodable {
    func encode(to writer: inout BinaryWriter) {
        writer.write(entry)
        writer.write(diagnostics)
        writer.write(profileLinks)
        writer.write(followFileLinks)
    }

    convenience init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        self.init(
            entry: try reader.read(), diagnostics: try reader.read(), profileLinks: try reader.read(),
            followFileLinks: try reader.read())
    }
}

extension ParsedContentFile.Entry: BinaryCodable {
    func encode(to writer: inout BinaryWriter) {
        switch self {
        case .none: writer.writeVarint(0)
        case .intro(let intro):
            writer.writeVarint(1)
            writer.write(intro)
        case .metier(let metier):
            writer.writeVarint(2)
            writer.write(metier)
        case .societe(let societe):
            writer.writeVarint(3)
            writer.write(societe)
        case .profile(let profile):
            writer.writeVarint(4)
            writer.write(profile)
        case .page(let page):
            writer.writeVarint(5)
            writer.write(page)
        }
    }

    init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        switch try reader.readVarint() {
        case 0: self = .none
        case 1: self = .intro(try reader.read())
        case 2: self = .metier(try reader.read())
        case 3: self = .societe(try reader.read())
        case 4: self = .profile(try reader.read())
        case 5: self = .page(try reader.read())
        default: throw BinaryFormatError()
        }
    }
}

extension ProfileParser.Parsed: BinaryCodable {
    func encode(to writer: inout BinaryWriter) {
        writer.write(profile)
        writer.write(professionLocations)
        writer.write(companyLocations)
        writer.write(accountLocations)
        writer.write(addedLocation)
        writer.write(verifiedLocation)
    }

    init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        self.init(
            profile: try reader.read(), professionLocations: try reader.read(), companyLocations: try reader.read(),
            accountLocations: try reader.read(), addedLocation: try reader.read(), verifiedLocation: try reader.read())
    }
}

extension SocieteParser.Parsed: BinaryCodable {
    func encode(to writer: inout BinaryWriter) {
        writer.write(societe)
        writer.write(accountLocations)
        writer.write(verifiedLocation)
    }

    init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        self.init(societe: try reader.read(), accountLocations: try reader.read(), verifiedLocation: try reader.read())
    }
}

extension ProfileLink: BinaryCodable {
    func encode(to writer: inout BinaryWriter) {
        writer.write(slug)
        writer.write(location)
    }

    init(from reader: inout BinaryReader) throws(BinaryFormatError) {
        self.init(slug: try reader.read(), location: try reader.read())
    }
}
