import ArgumentParser
import ParleyCore

/// `memos [TARGET]`: the notes written with `memo`, oldest first.
struct MemosCommand: ShellCommand {
    static let configuration = CommandConfiguration(
        commandName: "memos",
        abstract: "List the notes written with memo, oldest first.",
        usage: "memos [ID|speaker:NAME|theme:NAME|corpus] [--times]")

    static let examples = ["memos", "memos corpus --times"]

    @Argument(help: "Only the memos about this target.")
    var target: String?

    @Flag(help: "Show when each memo was written.")
    var times = false

    func run(in session: Session, clauses: Clauses) throws -> CommandResult {
        let wanted = try target.map { try MemoTarget($0, in: session).stored }
        let memos = try session.annotations.changes().compactMap { change -> Memo? in
            guard case .memo(let memo) = change else { return nil }
            return wanted.map { memo.target == $0 } ?? true ? memo : nil
        }
        let columns: [Table.Column] = [.init("coder"), .init("target"), .init("text")]
        return .table(
            Table(
                columns: columns + (times ? [.init("time")] : []),
                rows: memos.map {
                    [.string($0.coder), .string($0.target), .text($0.text)]
                        + (times ? [.time($0.time)] : [])
                }))
    }
}
