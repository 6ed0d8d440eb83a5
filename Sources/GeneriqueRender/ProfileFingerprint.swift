import GeneriqueCore

extension PageViews {
    /// The seed of every profile page's fingerprint: the templates and what all profile pages share.
    static func fingerprintSeed(of shared: SharedProfileInputs, templates: UInt64) -> UInt64 {
        var writer = BinaryWriter()
        writer.write(templates)
        writer.write(ViewFingerprint.of(shared.site, seed: 0))
        writer.write(shared.config)
        return ContentHash.of(writer.bytes)
    }

    /// A profile page's fingerprint from its inputs, which are all `profile(_:shared:_:)` reads: equal
    /// fingerprints (with the same seed) mean equal pages, so an unchanged page needs no view model at all.
    /// Hashes the inputs' binary form, which holds every field (the parse cache round-trips it).
    static func fingerprint(of inputs: ProfileInputs, seed: UInt64) -> UInt64 {
        var writer = BinaryWriter(reservingCapacity: 4096)
        writer.write(seed)
        writer.write(inputs.profile)
        writer.write(inputs.summary)
        writer.write(inputs.titleDetail)
        for links in [inputs.metiers, inputs.societes] {
            writer.write(links.map(\.label))
            writer.write(links.map(\.url))
        }
        return ContentHash.of(writer.bytes)
    }
}
