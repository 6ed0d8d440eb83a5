import Foundation
import Testing

@testable import GeneriqueFetch
@testable import GeneriqueVerify

/// What `verify` reads from answers: `rel="me"` links, feeds' root elements, servers' requests to wait.
@Suite struct VerifyReadingTests {
    @Test func relMeLinksAreReadFromAnchorsAndLinkElementsWhateverTheirQuoting() {
        let page = """
            <!-- <a rel="me" href="https://commented.example/"> -->
            <LINK REL="me authn" HREF='https://piaille.fr/@ana'>
            <a href=https://bsky.app/profile/ana.example rel=me>Bluesky</a>
            <a rel="nofollow" href="https://elsewhere.example/">not me</a>
            <a rel="noopener me" href="https://example.org/?a=1&amp;b=2">amp</a>
            <abbr rel="me" href="https://abbr.example/">no</abbr>
            """
        #expect(
            HTMLLinks(Array(page.utf8)).relMe == [
                "https://piaille.fr/@ana", "https://bsky.app/profile/ana.example", "https://example.org/?a=1&b=2",
            ])
    }

    @Test(arguments: [
        ("\u{FEFF}<?xml version=\"1.0\"?>\n<!-- c --><rss version=\"2.0\"><channel><item></item></channel></rss>", "RSS feed, 1 item"),
        ("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry/><entry></entry></feed>", "Atom feed, 2 entries"),
        ("<?xml version=\"1.0\"?><rdf:RDF><item rdf:about=\"a\"></item><item rdf:about=\"b\"></item></rdf:RDF>", "RSS 1.0 (RDF) feed, 2 items"),
    ])
    func feedsAreToldByTheirRootElement(text: String, description: String) {
        #expect(FeedSniffer(Array(text.utf8))?.description == description)
    }

    @Test(arguments: ["<!DOCTYPE html><html><body></body></html>", "{\"items\": []}", "", "<?xml version=\"1.0\"?><opml/>"])
    func otherDocumentsAreNotFeeds(text: String) {
        #expect(FeedSniffer(Array(text.utf8)) == nil)
    }

    @Test func waitsAskedForAreReadInEveryForm() {
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        #expect(RetryTiming.askedWait(["retry-after": "7"], now: now) == .seconds(7))
        #expect(RetryTiming.askedWait(["retry-after": "Tue, 14 Nov 2023 22:13:40 GMT"], now: now) == .seconds(20))
        #expect(RetryTiming.askedWait(["x-ratelimit-reset": "1700000030"], now: now) == .seconds(30))
        #expect(RetryTiming.askedWait(["x-ratelimit-reset": "2023-11-14T22:14:20.000Z"], now: now) == .seconds(60))
        #expect(RetryTiming.askedWait(["x-ratelimit-reset": "12"], now: now) == .seconds(12))
        #expect(RetryTiming.askedWait(["retry-after": "soon"], now: now) == nil)
        #expect(RetryTiming.exhaustedLimitWait(["x-ratelimit-remaining": "0", "x-ratelimit-reset": "5"], now: now) == .seconds(5))
        #expect(RetryTiming.exhaustedLimitWait(["x-ratelimit-remaining": "3", "x-ratelimit-reset": "5"], now: now) == nil)
        #expect(RetryTiming.backoff(retry: 3, first: .milliseconds(500)) == .seconds(2))
    }

    @Test func addressesAreComparedWithoutSchemeWwwCaseOrFinalSlash() {
        #expect(IdentityEvidence.sameAddress("https://www.Example.org/", "http://example.org"))
        #expect(IdentityEvidence.sameAddress("https://piaille.fr/@Ana", "https://piaille.fr/@ana/"))
        #expect(!IdentityEvidence.sameAddress("https://example.org/a", "https://example.org/b"))
        #expect(!IdentityEvidence.sameAddress("https://example.org.evil.test/", "https://example.org/"))
    }
}
