/// Générique's version: printed by `--version`, sent in `verify`'s User-Agent, and part of the key of its
/// result cache (another version may check differently).
public enum ProgramVersion {
    /// Semantic version of this release.
    public static let current = "0.1.0"
}
