import GeneriqueCore

/// An OPML 2.0 subscription list, the file feed readers import to follow many feeds at once.
enum OPMLDocument {
    /// The whole document: a `<head>` with the title (and `<dateCreated>` when given), then one
    /// `<outline type="rss">` per feed in the order given.
    static func document(title: String, created: LocalDate?, outlines: [FeedOutline]) -> String {
        var text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="2.0">
              <head>
                <title>\(XMLText.escape(title))</title>

            """
        if let created {
            text += "    <dateCreated>\(rfc822(created))</dateCreated>\n"
        }
        text += "  </head>\n  <body>\n"
        for outline in outlines {
            let label = XMLText.escape(outline.text)
            text += "    <outline type=\"rss\" text=\"\(label)\" title=\"\(label)\""
            text += " xmlUrl=\"\(XMLText.escape(outline.xmlURL))\" htmlUrl=\"\(XMLText.escape(outline.htmlURL))\"/>\n"
        }
        text += "  </body>\n</opml>\n"
        return text
    }

    /// Midnight GMT of `date` in the RFC 822 form OPML asks for (with RFC 1123's four-digit year):
    /// `Sat, 28 Nov 2026 00:00:00 GMT`. Written by hand because Foundation's formatters depend on the locale.
    static func rfc822(_ date: LocalDate) -> String {
        let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let day = date.day < 10 ? "0\(date.day)" : "\(date.day)"
        return "\(weekdays[weekday(date)]), \(day) \(months[date.month - 1]) \(date.year) 00:00:00 GMT"
    }

    /// Day of the week, 0 for Sunday, by Sakamoto's method for the proleptic Gregorian calendar.
    private static func weekday(_ date: LocalDate) -> Int {
        let offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        // January and February count as months of the previous year, so the leap day falls at its end; 400
        // years are a whole number of weeks, and adding them keeps year 0000 from dividing a negative number.
        let year = (date.month < 3 ? date.year - 1 : date.year) + 400
        let days = year + year / 4 - year / 100 + year / 400 + offsets[date.month - 1] + date.day
        return days % 7
    }
}
