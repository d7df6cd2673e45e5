/// The footer under a table cut at `maxTableRows`.
enum MoreRowsFooter {
    static func text(hidden: Int, suggestsLimit: Bool) -> String {
        let noun = hidden == 1 ? "row" : "rows"
        let advice =
            suggestsLimit
            ? "use limit N, or mode plain/csv/jsonl for all" : "use mode plain/csv/jsonl for all"
        return "… \(ValueFormatting.grouped(hidden)) more \(noun) (\(advice))"
    }
}
