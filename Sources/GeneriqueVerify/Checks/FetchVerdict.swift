import GeneriqueFetch

/// What a fetch says before anything is read from its body: the one place that decides which statuses and
/// failures are dead, which are unreachable for now, and what a permanent redirect means.
enum FetchVerdict {
    /// A 2xx answer, or the check's result when there is none: 404 and 410, a domain that does not exist or a
    /// redirect loop are dead; refused addresses are not checkable; everything else is unreachable for now.
    static func answer(_ result: FetchResult, what: String = "") -> Result<FetchResponse, CheckFailure> {
        let prefix = what.isEmpty ? "" : "\(what): "
        switch result.outcome {
        case .failure(let problem):
            let evidence = prefix + problem.description + attempts(result.requests, when: problem == .timeout)
            switch problem {
            case .hostNotFound, .redirectLoop: return .failure(CheckFailure(.dead, evidence))
            case .refused, .unsupportedScheme, .noHost:
                let hint = problem.isRefused ? "; --resolve HOST=ORIGIN checks it at an origin you trust" : ""
                return .failure(CheckFailure(.notCheckable, evidence + hint))
            case .resolution, .timeout, .connection, .tooManyRedirects, .badRedirect, .deadline:
                return .failure(CheckFailure(.unreachable, evidence))
            }
        case .success(let response) where (200...299).contains(response.status):
            return .success(response)
        case .success(let response):
            let evidence = "\(prefix)HTTP \(response.status)"
            switch response.status {
            case 404, 410: return .failure(CheckFailure(.dead, evidence))
            default: return .failure(CheckFailure(.unreachable, evidence + attempts(result.requests, when: result.requests > 1)))
            }
        }
    }

    /// For a page, a feed or a profile page: its 2xx answer, and the address it moved to when the redirects
    /// that led there began with permanent ones (the last of those gives the new address; a temporary
    /// redirect after them is the site's business, not a move).
    static func page(_ result: FetchResult) -> Result<(FetchResponse, movedTo: String?), CheckFailure> {
        answer(result).map { response in
            let permanent = result.redirects.prefix(while: \.isPermanent)
            return (response, permanent.last?.to.absoluteString)
        }
    }

    /// The result of a page that answered: ok, or moved with the new address.
    static func pageResult(
        _ response: FetchResponse, movedTo: String?, evidence: String, limit: Int = FetchRequest.pageLimit,
        links: [String] = [], names: [String] = []
    ) -> CheckResult {
        let cut = response.isTruncated ? ", longer than \(limit >> 20) MB: not read further" : ""
        guard let movedTo else { return CheckResult(.ok, evidence + cut, links: links, names: names) }
        return CheckResult(
            .moved, "moved permanently to \(movedTo); \(evidence)\(cut)", movedTo: movedTo, links: links, names: names)
    }

    private static func attempts(_ count: Int, when shown: Bool) -> String {
        shown && count > 1 ? " after \(count) attempts" : ""
    }
}

/// A check that ended before its last step, with its outcome.
struct CheckFailure: Error {
    let result: CheckResult

    init(_ outcome: CheckOutcome, _ evidence: String) {
        result = CheckResult(outcome, evidence)
    }
}

extension FetchProblem {
    var isRefused: Bool {
        if case .refused = self { return true }
        return false
    }
}
