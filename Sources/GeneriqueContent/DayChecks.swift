import GeneriqueCore

/// The checks of entries' dates that depend on the day of the build: an `added` or `verified` date after
/// tomorrow (a day's margin for time zones) is most likely a typo, and a `verified` date older than
/// `stale_after` days means the entry's accounts are due for another check. Made on the parsed model, never
/// in a file's cached parse, so a warning neither sticks nor goes missing when the day changes.
enum DayChecks {
    /// One date of an entry, and where it is written.
    struct EntryDate {
        let field: String
        let date: LocalDate
        let location: SourceLocation
    }

    /// A warning at each date in the future or, for `verified`, older than `staleAfter` days before `today`.
    static func warnings(
        profiles: [ProfileParser.Parsed], societes: [SocieteParser.Parsed], today: LocalDate, staleAfter: Int
    ) -> [Diagnostic] {
        let latest = today.adding(days: 1)
        let oldest = today.adding(days: -staleAfter)
        var diagnostics: [Diagnostic] = []
        for dated in dates(profiles: profiles, societes: societes) {
            if dated.date > latest {
                diagnostics.append(
                    .warning(
                        at: dated.location, "'\(dated.field)' is \(dated.date.iso), in the future (today is \(today.iso))",
                        code: "future-date", hint: "check the year and the month: dates are written YYYY-MM-DD"))
            } else if dated.field == "verified", dated.date < oldest {
                let days = today.daysSinceEpoch - dated.date.daysSinceEpoch
                diagnostics.append(
                    .warning(
                        at: dated.location,
                        "'verified' is \(dated.date.iso), \(days) days ago: more than stale_after (\(staleAfter) days)",
                        code: "stale-entry",
                        hint: "check the entry's accounts again with generique verify (its --write updates 'verified')"))
            }
        }
        return diagnostics
    }

    /// Every `added` and `verified` date of profiles and sociétés.
    private static func dates(profiles: [ProfileParser.Parsed], societes: [SocieteParser.Parsed]) -> [EntryDate] {
        var dates: [EntryDate] = []
        for parsed in profiles {
            let written = [
                ("added", parsed.profile.added, parsed.addedLocation),
                ("verified", parsed.profile.verified, parsed.verifiedLocation),
            ]
            for case let (field, date?, location?) in written { dates.append(EntryDate(field: field, date: date, location: location)) }
        }
        for parsed in societes {
            if let date = parsed.societe.verified, let location = parsed.verifiedLocation {
                dates.append(EntryDate(field: "verified", date: date, location: location))
            }
        }
        return dates
    }
}
