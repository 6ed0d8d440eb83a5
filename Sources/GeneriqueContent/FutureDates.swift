import GeneriqueCore

/// Profiles dated in the future: an `added` or `verified` date after tomorrow (a day's margin for time
/// zones) is most likely a typo. Checked on the parsed model against the day of the build, never in a
/// file's cached parse, so a warning neither sticks nor goes missing when the day changes.
enum FutureDates {
    /// A warning at each such date.
    static func warnings(_ profiles: [ProfileParser.Parsed], today: LocalDate) -> [Diagnostic] {
        let latest = today.adding(days: 1)
        var diagnostics: [Diagnostic] = []
        for parsed in profiles {
            let dates = [
                ("added", parsed.profile.added, parsed.addedLocation),
                ("verified", parsed.profile.verified, parsed.verifiedLocation),
            ]
            for case let (field, date?, location?) in dates where date > latest {
                diagnostics.append(
                    .warning(
                        at: location, "'\(field)' is \(date.iso), in the future (today is \(today.iso))",
                        code: "future-date", hint: "check the year and the month: dates are written YYYY-MM-DD"))
            }
        }
        return diagnostics
    }
}
