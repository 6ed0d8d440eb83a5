import GeneriqueCore
import GeneriqueWikidata
import Testing

/// How `new --wikidata` reads an item's names and occupations: French sort names from the name statements,
/// and the métiers the occupations point to.
@Suite struct WikidataNamesTests {
    private func person(family: [String] = [], given: [String] = [], occupations: [String] = []) -> WikidataEntity {
        func items(_ ids: [String]) -> [WikidataStatement] { ids.map { WikidataStatement(value: .item($0), rank: .normal) } }
        return WikidataEntity(
            id: "Q1", labels: [:], statements: ["P734": items(family), "P735": items(given), "P106": items(occupations)])
    }

    private let labels = ["Q10": "La Fontaine", "Q11": "Jean", "Q12": "Dupont-Martin", "Q13": "Anne", "Q14": "Marie"]

    @Test func theFamilyNameWrittenInTheNameLeadsAndTheRestFollowsAsWritten() {
        #expect(person(family: ["Q10"], given: ["Q11"]).sortName(for: "Jean de La Fontaine", labels: labels) == "La Fontaine, Jean de")
        #expect(person(family: ["Q12"]).sortName(for: "Anne Marie Dupont-Martin", labels: labels) == "Dupont-Martin, Anne Marie")
        #expect(person(family: ["Q12"]).sortName(for: "Dupont-Martin", labels: labels) == "Dupont-Martin")
    }

    @Test func withoutTheFamilyNameTheGivenNamesThatStartTheNameFollow() {
        #expect(person(given: ["Q13", "Q14"]).sortName(for: "Anne Marie Durand", labels: labels) == "Durand, Anne Marie")
        #expect(person(family: ["Q10"], given: ["Q13"]).sortName(for: "Anne Durand", labels: labels) == "Durand, Anne")
    }

    @Test func aStageNameOrNoStatementIsLeftToTheGuess() {
        #expect(person(family: ["Q12"], given: ["Q13"]).sortName(for: "Maïwenn", labels: labels) == nil)
        #expect(person().sortName(for: "Anne Durand", labels: labels) == nil)
        #expect(person(given: ["Q13"]).sortName(for: "Anne", labels: labels) == nil, "a given name alone says nothing")
        #expect(person(family: ["Q99"]).sortName(for: "Anne Durand", labels: labels) == nil, "a label Wikidata did not give")
    }

    @Test func occupationsPointToTheMetiersThatListThemInTheMetiersOrder() {
        func metier(_ key: String, _ order: Int, _ ids: [String]) -> Metier {
            Metier(
                key: key, title: key, label: key, order: order, description: .empty,
                wikidataOccupations: ids.compactMap { WikidataItem($0) }, sourcePath: "content/metiers/\(key).md")
        }
        let metiers = [
            metier("realisation", 7, ["Q2526255", "Q1414443"]), metier("production", 1, ["Q3282637", "Q1414443"]),
            metier("scenario", 8, ["Q28389"]),
        ]
        let proposals = MetierProposal.proposals(for: ["Q28389", "Q1414443", "Q5"], metiers: metiers)
        #expect(proposals.map(\.metier) == ["production", "realisation", "scenario"])
        #expect(proposals.map(\.occupations) == [["Q1414443"], ["Q1414443"], ["Q28389"]])
        #expect(MetierProposal.proposals(for: ["Q5"], metiers: metiers).isEmpty)
    }
}
