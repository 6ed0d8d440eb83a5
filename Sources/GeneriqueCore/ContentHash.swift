/// A 64-bit hash of a file's bytes (8 bytes at a time, then a final mix): the output manifest's record of
/// what each file held, and `serve`'s ETags. Not cryptographic: it only tells whether bytes changed.
public enum ContentHash {
    /// The hash of `bytes`.
    public static func of(_ bytes: [UInt8]) -> UInt64 {
        var state: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset + 8 <= buffer.count {
                let word = buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                state = (state ^ word) &* 0x0000_0100_0000_01b3
                state ^= state >> 29
                offset += 8
            }
            while offset < buffer.count {
                state = (state ^ UInt64(buffer[offset])) &* 0x0000_0100_0000_01b3
                offset += 1
            }
        }
        state ^= state >> 33
        state = state &* 0xff51_afd7_ed55_8ccd
        state ^= state >> 33
        state = state &* 0xc4ce_b9fe_1a85_ec53
        return state ^ (state >> 33)
    }
}
