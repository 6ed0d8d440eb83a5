import GeneriqueTemplates

// Each view model's one list of fields: what templates can name, how each renders, and what the
// template authors' documentation says of it.

extension SiteView: TemplateView {
    public static let templateFields: [TemplateField<SiteView>] = [
        .text("title", "The guide's title, French spacing applied.") { $0.title },
        .text("description", "One sentence about the guide.") { $0.description },
        .text("language", "`lang` attribute of every page.") { $0.language },
        .text("homeURL", "URL of the home page (the base path, e.g. `/` or `/guide/`).") { $0.homeURL },
        .text("stylesheetURL", "URL of the stylesheet, with the base path.") { $0.stylesheetURL },
        .list("navigation", "Main navigation, the current section marked.") { $0.navigation },
        .list("footerLinks", "Free pages linked from the footer (À propos, Confidentialité…).") { $0.footerLinks },
        .list("accounts", "The guide's own accounts (`rel=\"me\"` links).") { $0.accounts },
        .text("fediverseCreator", "The guide's Mastodon account as `@user@domain`, for `<meta name=\"fediverse:creator\">`; nil without one.") { $0.fediverseCreator },
        .text("feedURL", "URL of the Atom feed of new profiles.") { $0.feedURL },
        .text("openDataURL", "URL of the open data file (`donnees/guide.json`).") { $0.openDataURL },
    ]
}

extension NavigationLink: TemplateView {
    public static let templateFields: [TemplateField<NavigationLink>] = [
        .text("label", "Visible text.") { $0.label },
        .text("url", "Target URL with the base path.") { $0.url },
        .flag("isCurrent", "Whether the link leads to the page (or section) being shown: `aria-current`.") { $0.isCurrent },
    ]
}

extension PageMeta: TemplateView {
    public static let templateFields: [TemplateField<PageMeta>] = [
        .text("title", "Text of `<title>`: \"Marc Missonnier — Qui suivre ?…\" (unique per page).") { $0.title },
        .text("heading", "The page's main heading (`<h1>`).") { $0.heading },
        .text("description", "Meta description: one or two sentences.") { $0.description },
        .text("canonicalURL", "Absolute URL of the page (baseURL + path).") { $0.canonicalURL },
        .text("url", "Path of the page from the site root, with the base path.") { $0.url },
        .html("jsonLD", "The page's structured data (schema.org JSON-LD), safe to place inside `<script>` as it is: `<`, `>` and `&` are escaped in the JSON.") { $0.jsonLD },
    ]
}

extension LabelledLink: TemplateView {
    public static let templateFields: [TemplateField<LabelledLink>] = [
        .text("label", "Visible text.") { $0.label },
        .text("url", "Target URL with the base path.") { $0.url },
    ]
}

extension AccountLink: TemplateView {
    public static let templateFields: [TemplateField<AccountLink>] = [
        .text("network", "Network name: \"Bluesky\".") { $0.network },
        .text("networkKey", "Network key, usable as a CSS class: `bluesky`.") { $0.networkKey },
        .text("handle", "Handle as readers know it: `@cinema@piaille.fr`.") { $0.handle },
        .text("url", "Profile URL.") { $0.url },
        .text("accessibleName", "Accessible name: \"Marc Missonnier sur Bluesky\".") { $0.accessibleName },
        .flag("isConfirmed", "Whether `generique verify` confirmed that the account belongs to the entry (`confirmed` in its front matter): pages say \"compte confirmé\".") { $0.isConfirmed },
    ]
}

extension DateView: TemplateView {
    public static let templateFields: [TemplateField<DateView>] = [
        .text("iso", "`2026-03-12`.") { $0.iso },
        .text("text", "\"12 mars 2026\".") { $0.text },
    ]
}

extension ExternalLink: TemplateView {
    public static let templateFields: [TemplateField<ExternalLink>] = [
        .text("url", "The URL.") { $0.url },
        .text("label", "What to show: the URL without its scheme, e.g. `www.gaumont.fr`.") { $0.label },
    ]
}

extension EntryRecordView: TemplateView {
    public static let templateFields: [TemplateField<EntryRecordView>] = [
        .view("added", "When the entry was added.") { $0.added },
        .view("verified", "When the accounts were last checked.") { $0.verified },
        .view("sources", "Where the information comes from.") { $0.sources },
        .view("wikidata", "The entry's Wikidata item: its page, labelled \"Fiche Wikidata (Q…)\".") { $0.wikidata },
    ]
}

extension SourcesView: TemplateView {
    public static let templateFields: [TemplateField<SourcesView>] = [
        .text("heading", "\"Source\" or \"Sources\", by count.") { $0.heading },
        .list("items", "The sources, in the order written.") { $0.items },
    ]
}

extension SourceView: TemplateView {
    public static let templateFields: [TemplateField<SourceView>] = [
        .text("label", "What to show: the text, or the URL without its scheme.") { $0.label },
        .text("url", "The URL, when the source is one.") { $0.url },
    ]
}

extension DownloadLink: TemplateView {
    public static let templateFields: [TemplateField<DownloadLink>] = [
        .text("url", "URL of the file.") { $0.url },
        .text("label", "What the link says: \"Suivre les 42 comptes Mastodon\".") { $0.label },
        .text("format", "\"CSV\", \"OPML\".") { $0.format },
        .text("size", "\"2 Ko\".") { $0.size },
    ]
}

extension FollowDownloads: TemplateView {
    public static let templateFields: [TemplateField<FollowDownloads>] = [
        .view("mastodonFollow", "Mastodon follow-import file (`following_accounts…csv`).") { $0.mastodonFollow },
        .view("mastodonList", "Mastodon list-import file: one timeline for the group instead of the home feed.") { $0.mastodonList },
        .view("feeds", "OPML list of the members' public feeds, for feed readers.") { $0.feeds },
        .flag("isEmpty", "Whether the group offers no file at all (nobody with a Mastodon account or a public feed).") { $0.isEmpty },
    ]
}

extension MetierSummary: TemplateView {
    public static let templateFields: [TemplateField<MetierSummary>] = [
        .text("title", "Heading: \"Productrices et producteurs\".") { $0.title },
        .text("label", "Activity label: \"Production\".") { $0.label },
        .text("url", "URL of the métier page.") { $0.url },
        .number("count", "Number of (non-draft) members.") { $0.count },
        .text("countLabel", "\"12 profils\", \"1 profil\", \"aucun profil\".") { $0.countLabel },
    ]
}

extension MetierIndexPageView: TemplateView {
    public static let templateFields: [TemplateField<MetierIndexPageView>] = [
        .view("site", "Shared site data.") { $0.site },
        .view("page", "Title, description, canonical URL.") { $0.page },
        .list("metiers", "Every métier in editorial order.") { $0.metiers },
    ]
}

extension MetierPageView: TemplateView {
    public static let templateFields: [TemplateField<MetierPageView>] = [
        .view("site", "Shared site data.") { $0.site },
        .view("page", "Title, description, canonical URL.") { $0.page },
        .text("label", "Activity label: \"Production\".") { $0.label },
        .html("descriptionHTML", "The description as HTML.") { $0.descriptionHTML },
        .text("countLabel", "\"12 profils\".") { $0.countLabel },
        .list("members", "Members sorted French-style.") { $0.members },
        .view("follow", "Files to follow the whole métier at once.") { $0.follow },
    ]
}

extension SocieteSummary: TemplateView {
    public static let templateFields: [TemplateField<SocieteSummary>] = [
        .text("name", "Name.") { $0.name },
        .text("url", "URL of the société page.") { $0.url },
        .text("countLabel", "\"3 profils\".") { $0.countLabel },
    ]
}

extension SocieteKindGroup: TemplateView {
    public static let templateFields: [TemplateField<SocieteKindGroup>] = [
        .text("label", "\"Distribution\", \"Festivals et marchés\"…") { $0.label },
        .text("anchor", "Fragment id: `type-distribution`.") { $0.anchor },
        .list("societes", "Sociétés of that kind, sorted.") { $0.societes },
    ]
}

extension SocieteIndexPageView: TemplateView {
    public static let templateFields: [TemplateField<SocieteIndexPageView>] = [
        .view("site", "Shared site data.") { $0.site },
        .view("page", "Title, description, canonical URL.") { $0.page },
        .list("kinds", "Kinds in a fixed order, only those with sociétés.") { $0.kinds },
    ]
}

extension SocietePageView: TemplateView {
    public static let templateFields: [TemplateField<SocietePageView>] = [
        .view("site", "Shared site data.") { $0.site },
        .view("page", "Title, description, canonical URL.") { $0.page },
        .text("kindLabel", "Kind label: \"Distribution\".") { $0.kindLabel },
        .view("website", "Official website.") { $0.website },
        .list("accounts", "Official accounts.") { $0.accounts },
        .html("descriptionHTML", "The description as HTML.") { $0.descriptionHTML },
        .text("countLabel", "\"3 profils\".") { $0.countLabel },
        .list("members", "People and official accounts linked to the société, sorted.") { $0.members },
        .view("record", "What is known about the entry itself (\"À propos de cette fiche\": when its accounts were checked, where the information comes from); nil when nothing is.") { $0.record },
        .view("follow", "Files to follow the société and its people at once.") { $0.follow },
    ]
}

extension HomePageView: TemplateView {
    public static let templateFields: [TemplateField<HomePageView>] = [
        .view("site", "Shared site data.") { $0.site },
        .view("page", "Title, description, canonical URL.") { $0.page },
        .html("introHTML", "The introduction from `content/index.md`, as HTML.") { $0.introHTML },
        .list("metiers", "Every métier with its count.") { $0.metiers },
        .list("recent", "The most recently added profiles, newest first.") { $0.recent },
        .text("statsLabel", "\"42 profils, 20 métiers, 25 sociétés\".") { $0.statsLabel },
        .text("profilesURL", "URL of the A–Z.") { $0.profilesURL },
        .text("societesURL", "URL of the sociétés index.") { $0.societesURL },
        .view("follow", "Files to follow the whole guide at once.") { $0.follow },
    ]
}

extension SearchPageView: TemplateView {
    public static let templateFields: [TemplateField<SearchPageView>] = [
        .view("site", "Shared site data.") { $0.site },
        .view("page", "Title, description, canonical URL.") { $0.page },
        .text("indexURL", "URL of the JSON index the script searches.") { $0.indexURL },
        .text("scriptURL", "URL of the script.") { $0.scriptURL },
        .list("letters", "The A–Z jump links (to `/profils/`), letters without profiles without a link.") { $0.letters },
        .list("metiers", "Every métier with its count.") { $0.metiers },
        .text("societesURL", "URL of the sociétés index.") { $0.societesURL },
    ]
}

extension FreePageView: TemplateView {
    public static let templateFields: [TemplateField<FreePageView>] = [
        .view("site", "Shared site data.") { $0.site },
        .view("page", "Title, description, canonical URL.") { $0.page },
        .html("bodyHTML", "The body as HTML.") { $0.bodyHTML },
    ]
}

extension NotFoundPageView: TemplateView {
    public static let templateFields: [TemplateField<NotFoundPageView>] = [
        .view("site", "Shared site data.") { $0.site },
        .view("page", "Title, description, canonical URL.") { $0.page },
        .list("links", "Ways back into the guide.") { $0.links },
    ]
}

extension ProfileCard: TemplateView {
    public static let templateFields: [TemplateField<ProfileCard>] = [
        .text("name", "Display name.") { $0.name },
        .text("url", "URL of the profile page.") { $0.url },
        .text("summary", "The free role label (\"Productrice\"), or the métiers' activity labels joined (\"Production, Distribution\").") { $0.summary },
        .text("companies", "Names of the profile's sociétés, joined: \"Gaumont, Pathé\"; nil when none (an official account's own société, named like it, is not repeated).") { $0.companies },
        .flag("isOrganization", "Whether this is an organisation's official account.") { $0.isOrganization },
    ]
}

extension ProfilePageView: TemplateView {
    public static let templateFields: [TemplateField<ProfilePageView>] = [
        .view("site", "Shared site data.") { $0.site },
        .view("page", "Title, description, canonical URL.") { $0.page },
        .text("name", "Display name.") { $0.name },
        .text("role", "Free role label, if any.") { $0.role },
        .text("kindLabel", "\"Compte officiel\" for organisations, nil for people.") { $0.kindLabel },
        .list("metiers", "Métiers, linked (activity labels).") { $0.metiers },
        .text("metiersHeading", "\"Métier\" or \"Métiers\", by count.") { $0.metiersHeading },
        .list("societes", "Sociétés, linked.") { $0.societes },
        .text("societesHeading", "\"Société\" or \"Sociétés\", by count.") { $0.societesHeading },
        .list("accounts", "Accounts in the site's network order.") { $0.accounts },
        .view("website", "Personal or official website.") { $0.website },
        .view("feed", "The profile's own feed.") { $0.feed },
        .html("bioHTML", "The bio as HTML (already safe: rendered from Markdown).") { $0.bioHTML },
        .view("record", "What is known about the entry itself (\"À propos de cette fiche\"); nil when nothing is.") { $0.record },
    ]
}

extension LetterGroup: TemplateView {
    public static let templateFields: [TemplateField<LetterGroup>] = [
        .text("letter", "\"A\", \"É\" is filed under \"E\", \"0–9\", \"#\".") { $0.letter },
        .text("anchor", "Fragment id: `lettre-a`.") { $0.anchor },
        .list("profiles", "The profiles under this letter, sorted French-style.") { $0.profiles },
    ]
}

extension LetterLink: TemplateView {
    public static let templateFields: [TemplateField<LetterLink>] = [
        .text("letter", "The letter.") { $0.letter },
        .text("href", "`#lettre-a`, or nil when no profile starts with it.") { $0.href },
    ]
}

extension ProfileIndexPageView: TemplateView {
    public static let templateFields: [TemplateField<ProfileIndexPageView>] = [
        .view("site", "Shared site data.") { $0.site },
        .view("page", "Title, description, canonical URL.") { $0.page },
        .text("countLabel", "\"42 profils\".") { $0.countLabel },
        .list("letters", "The jump bar, A to Z.") { $0.letters },
        .list("groups", "Non-empty letter groups in order.") { $0.groups },
    ]
}
