import Foundation
import GeneriqueCore
import Testing

@Suite struct DateAndFormatTests {
    @Test func parsesAndFormatsFrenchDates() async throws {
        let date = try #require(LocalDate(iso: "2026-03-01"))
        #expect(date.french == "1er\u{A0}mars\u{A0}2026")
        #expect(date.iso == "2026-03-01")
        #expect(LocalDate(iso: "2026-08-15")?.french == "15\u{A0}août\u{A0}2026")
    }

    @Test(arguments: ["2026-02-30", "2025-02-29", "2026-13-01", "26-01-01", "2026-1-01", "hier", ""])
    func rejectsImpossibleDates(text: String) async {
        #expect(LocalDate(iso: text) == nil)
    }

    @Test func leapYears() async {
        #expect(LocalDate(iso: "2024-02-29") != nil)
        #expect(LocalDate(iso: "2000-02-29") != nil)
        #expect(LocalDate(iso: "1900-02-29") == nil)
    }

    @Test func countsDaysAcrossMonthsYearsAndLeapDays() throws {
        #expect(try #require(LocalDate(iso: "1970-01-01")).daysSinceEpoch == 0)
        #expect(try #require(LocalDate(iso: "2000-03-01")).daysSinceEpoch == 11_017)
        #expect(try #require(LocalDate(iso: "1969-12-31")).daysSinceEpoch == -1)
        #expect(LocalDate(iso: "2024-02-28")?.adding(days: 1).iso == "2024-02-29")
        #expect(LocalDate(iso: "2026-02-28")?.adding(days: 1).iso == "2026-03-01")
        #expect(LocalDate(iso: "2026-12-31")?.adding(days: 1).iso == "2027-01-01")
        #expect(LocalDate(iso: "2026-01-01")?.adding(days: -1).iso == "2025-12-31")
        for days in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(LocalDate(daysSinceEpoch: days).daysSinceEpoch == days)
        }
    }

    @Test func todayIsTheUTCDate() throws {
        let formatter = ISO8601DateFormatter()  // UTC unless told otherwise
        formatter.formatOptions = [.withFullDate]
        let before = formatter.string(from: Date())
        let today = LocalDate.today().iso
        // Unless midnight passed between the two readings.
        #expect(today == before || today == formatter.string(from: Date()))
    }

    @Test func countsUseFrenchPluralAndSpacing() async {
        #expect(FrenchFormat.count(0, "profil", "profils", none: "aucun profil") == "aucun profil")
        #expect(FrenchFormat.count(1, "profil", "profils") == "1\u{A0}profil")
        #expect(FrenchFormat.count(12345, "profil", "profils") == "12\u{202F}345\u{A0}profils")
    }
}
