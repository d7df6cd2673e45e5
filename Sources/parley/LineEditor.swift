@preconcurrency import CReadline
import Foundation
import ParleyShell

/// The one adapter around GNU readline: prompt, history file, Tab completion through
/// `Completer`, and Ctrl-C at the prompt. Only for a terminal on standard input.
///
/// Readline calls back through C function pointers that cannot capture context, so the
/// state they need lives in the globals below. Readline runs its callbacks synchronously
/// on the thread that called `readline()`, the main thread, and nothing else touches
/// these, which is why unchecked access is sound here.
nonisolated(unsafe) private var completionSource: (any CompletionSource)?
nonisolated(unsafe) private var homeDirectory: String?

final class LineEditor {
    private let historyPath: String?
    private let warn: (String) -> Void
    /// False once the history file failed; nothing more is written or warned about.
    private var historyWritable = true
    private var lastEntry: String?

    /// Sets readline up. A history file that cannot be made or read gives one warning
    /// through `warn`, and the session goes on without saving history.
    init(
        source: any CompletionSource, environment: [String: String],
        warn: @escaping (String) -> Void
    ) {
        completionSource = source
        homeDirectory = environment["HOME"]
        self.warn = warn
        historyPath = HistoryFile.path(environment: environment)
        rl_readline_name = UnsafePointer(strdup("parley"))
        rl_catch_signals = 0
        rl_initialize()
        rl_signal_event_hook = clearLineAfterInterrupt
        rl_bind_key(9, completeWord)
        loadHistory()
    }

    /// One line typed at `prompt`, or nil at end of input (Ctrl-D on an empty line).
    func readLine(prompt: String) -> String? {
        guard let pointer = readline(prompt) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// Adds an accepted line to history and appends it to the file at once, so a killed
    /// terminal loses nothing. Blank lines and repeats of the previous line are left out.
    func addToHistory(_ line: String) {
        guard !line.allSatisfy(\.isWhitespace), line != lastEntry else { return }
        add_history(line)
        lastEntry = line
        guard historyWritable, let path = historyPath else { return }
        let status = append_history(1, path)
        if status != 0 {
            failHistory("cannot write history file '\(path)': \(String(cString: strerror(status)))")
            return
        }
        history_truncate_file(path, HistoryFile.maximumEntries)
    }

    private func loadHistory() {
        stifle_history(HistoryFile.maximumEntries)
        guard let path = historyPath else {
            failHistory("history will not be saved: neither XDG_STATE_HOME nor HOME is set")
            return
        }
        do {
            try HistoryFile.prepare(path)
        } catch {
            failHistory("cannot create history file '\(path)': \(error.localizedDescription)")
            return
        }
        let status = read_history(path)
        if status != 0 && status != ENOENT {
            failHistory("cannot read history file '\(path)': \(String(cString: strerror(status)))")
            return
        }
        if history_length > 0, let entry = history_get(history_base + history_length - 1) {
            lastEntry = String(cString: entry.pointee.line)
        }
    }

    private func failHistory(_ message: String) {
        guard historyWritable else { return }
        historyWritable = false
        warn("parley: warning: \(message)")
    }
}

/// Readline's signal event hook: after Ctrl-C at the prompt, drop the half-typed line
/// and show a fresh prompt on the next row.
private func clearLineAfterInterrupt() -> Int32 {
    guard interruptRequested.exchange(false, ordering: .relaxed) else { return 0 }
    rl_free_line_state()
    rl_replace_line("", 1)
    rl_crlf()
    rl_on_new_line()
    rl_redisplay()
    return 0
}

/// Bound to Tab: asks `Completer` and edits the line. One candidate replaces the word
/// (a space follows a finished word); several extend it to their common prefix, or, when
/// that adds nothing, are listed below the line.
private func completeWord(_ count: Int32, _ key: Int32) -> Int32 {
    guard let source = completionSource, let buffer = rl_line_buffer else { return 0 }
    let line = String(cString: buffer)
    let completion = Completer.complete(
        line: line, cursor: Int(rl_point), source: source,
        listDirectory: FileSystemDirectoryLister.list, homeDirectory: homeDirectory)
    let typed = String(decoding: Array(line.utf8)[completion.start..<Int(rl_point)], as: UTF8.self)
    switch completion.candidates.count {
    case 0:
        rl_ding()
    case 1:
        let candidate = completion.candidates[0]
        replaceWord(
            from: completion.start, with: candidate.replacement + (candidate.isComplete ? " " : ""))
    default:
        let prefix = completion.commonPrefix
        if prefix.utf8.count > typed.utf8.count {
            replaceWord(from: completion.start, with: prefix)
        } else {
            showCandidates(completion.candidates.map(\.display), typed: typed)
        }
    }
    return 0
}

private func replaceWord(from start: Int, with text: String) {
    rl_begin_undo_group()
    rl_delete_text(Int32(start), rl_point)
    rl_point = Int32(start)
    rl_insert_text(text)
    rl_end_undo_group()
}

/// Lists choices in columns the way readline does, then redraws the prompt and line.
private func showCandidates(_ names: [String], typed: String) {
    // Readline's list format: entry 0 is the common text, entries 1...n the choices.
    let entries = [typed] + names
    let pointers = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(
        capacity: entries.count + 1)
    defer { pointers.deallocate() }
    for (index, entry) in entries.enumerated() { pointers[index] = strdup(entry) }
    pointers[entries.count] = nil
    let widest = names.map(\.count).max() ?? 0
    rl_display_match_list(pointers, Int32(names.count), Int32(widest))
    for index in entries.indices { free(pointers[index]) }
    rl_forced_update_display()
}
