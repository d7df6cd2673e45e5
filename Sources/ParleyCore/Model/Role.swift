/// Which side of a dialogue a speaker is on.
///
/// The organization is the brand, the blog's author or the support agent; everyone else
/// is a customer. Roles come from the data where a format says (TWCS `inbound`, a blog's
/// author) and default to `customer`.
public enum Role: String, Sendable, CaseIterable, Hashable {
    case customer
    case organization
}
