#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs a program (found on `PATH`) and returns what it wrote on standard output, or
/// throws when it cannot start or ends with a non-zero status. Standard error is dropped.
func outputOf(_ program: String, _ arguments: [String]) throws -> String {
    var pipe: [Int32] = [0, 0]
    guard makePipe(&pipe) == 0 else { throw BenchError(description: "cannot make a pipe") }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addclose(&actions, pipe[0])
    let argv = ([program] + arguments).map { strdup($0) } + [nil]
    defer { for argument in argv { free(argument) } }
    var child: pid_t = 0
    let spawned = posix_spawnp(&child, program, &actions, nil, argv, environ)
    close(pipe[1])
    guard spawned == 0 else {
        close(pipe[0])
        throw BenchError(description: "cannot run \(program)")
    }
    var output: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
        let count = buffer.withUnsafeMutableBytes { read(pipe[0], $0.baseAddress, $0.count) }
        if count <= 0 { break }
        output += buffer[..<count]
    }
    close(pipe[0])
    var status: Int32 = 0
    waitpid(child, &status, 0)
    guard status == 0 else {
        throw BenchError(description: "\(program) failed (wait status \(status))")
    }
    return String(decoding: output, as: UTF8.self)
}

private func makePipe(_ descriptors: inout [Int32]) -> Int32 {
    descriptors.withUnsafeMutableBufferPointer { pipe($0.baseAddress) }
}
