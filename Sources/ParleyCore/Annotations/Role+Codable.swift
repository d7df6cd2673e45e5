// Annotations store roles by their names (`customer`, `organization`).
extension Role: Codable {}
