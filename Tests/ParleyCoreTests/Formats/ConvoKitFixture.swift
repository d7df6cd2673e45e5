import Foundation

/// The counts `Tests/Fixtures/convokit/expected_counts.py` computed with Python's json and
/// csv modules, for one data set of `../shared/data`.
func expectedCounts(_ dataSet: String) throws -> [String: Any] {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { url.deleteLastPathComponent() }  // up to the repository root
    let fixture = url.appendingPathComponent("Tests/Fixtures/convokit/expected-counts.json")
    let object = try JSONSerialization.jsonObject(with: Data(contentsOf: fixture))
    return (object as? [String: [String: Any]])?[dataSet] ?? [:]
}

/// An integer of `counts` (`-1` when it is missing, so a comparison fails visibly).
func count(_ counts: [String: Any], _ key: String) -> Int {
    (counts[key] as? Int) ?? -1
}
