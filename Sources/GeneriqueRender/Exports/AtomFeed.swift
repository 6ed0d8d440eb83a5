import GeneriqueCore

/// One entry of an Atom feed.
struct AtomEntry: Sendable, Equatable {
    /// Permanent, unique IRI of the entry; the page URL serves.
    let id: String
    /// Plain-text title.
    let title: String
    /// The page the entry announces.
    let url: String
    /// The day the entry last changed.
    let updated: LocalDate
    /// Plain-text summary.
    let summary: String
}

/// An Atom 1.0 feed (RFC 4287), in French.
enum AtomFeed {
    /// The whole document. Entries are written in the order given; the caller picks and bounds them.
    ///
    /// The feed's `<updated>` is the newest entry's date, or `updatedIfEmpty` when there are no entries: RFC 4287
    /// requires the element, and taking today's date would make two builds of the same content differ.
    static func document(
        title: String, subtitle: String?, siteURL: String, feedURL: String, author: String,
        updatedIfEmpty: LocalDate, entries: [AtomEntry]
    ) -> String {
        let updated = entries.map(\.updated).max() ?? updatedIfEmpty
        var text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
              <id>\(XMLText.escape(feedURL))</id>
              <title>\(XMLText.escape(title))</title>

            """
        if let subtitle {
            text += "  <subtitle>\(XMLText.escape(subtitle))</subtitle>\n"
        }
        text += """
              <updated>\(timestamp(updated))</updated>
              <link rel="self" type="application/atom+xml" href="\(XMLText.escape(feedURL))"/>
              <link rel="alternate" type="text/html" href="\(XMLText.escape(siteURL))"/>
              <author><name>\(XMLText.escape(author))</name></author>

            """
        for entry in entries {
            text += """
                  <entry>
                    <id>\(XMLText.escape(entry.id))</id>
                    <title>\(XMLText.escape(entry.title))</title>
                    <link rel="alternate" href="\(XMLText.escape(entry.url))"/>
                    <updated>\(timestamp(entry.updated))</updated>
                    <summary>\(XMLText.escape(entry.summary))</summary>
                  </entry>

                """
        }
        text += "</feed>\n"
        return text
    }

    /// RFC 3339 date-time at midnight UTC, as Atom requires a time: `2026-11-28T00:00:00Z`.
    static func timestamp(_ date: LocalDate) -> String {
        date.iso + "T00:00:00Z"
    }
}
