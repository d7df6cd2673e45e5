/// The Python programs Parley is compared with. Each reads the file named by `sys.argv[1]`
/// in its own process and prints the same JSON line as `parley-bench load`, measuring its
/// own wall time and peak memory (`ru_maxrss`).
enum PythonPeers {
    struct Peer {
        var name: String
        /// The module whose absence skips this peer, and how to install it.
        var module: String
        var install: String
        var code: String
    }

    static let all = [pandas, orjsonForest]

    /// The peers for a generated file: CSV ones for `.csv` (TWCS-style), else JSON Lines.
    static func peers(for file: String) -> [Peer] {
        file.hasSuffix(".csv") ? [pandasCSV] : all
    }

    /// `pandas.read_csv`: a data frame of the TWCS-style CSV, no reply structure.
    static let pandasCSV = Peer(
        name: "pandas.read_csv", module: "pandas", install: "python3 -m pip install pandas",
        code: prologue + """
            import pandas
            frame = pandas.read_csv(path)
            records = len(frame)
            extra = {}
            """ + epilogue(tool: "pandas"))

    private static let prologue = """
        import json, resource, sys, time
        path = sys.argv[1]
        start = time.monotonic()

        """

    private static func epilogue(tool: String) -> String {
        """

        seconds = time.monotonic() - start
        size = __import__("os").path.getsize(path)
        print(json.dumps({"tool": "\(tool)", "records": records, "seconds": seconds,
            "mb_per_s": size / 1e6 / seconds,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6,
            "extra": extra}, sort_keys=True))
        """
    }

    /// `pandas.read_json(path, lines=True)`: a data frame, no reply structure.
    static let pandas = Peer(
        name: "pandas.read_json(lines=True)", module: "pandas",
        install: "python3 -m pip install pandas",
        code: prologue + """
            import pandas
            frame = pandas.read_json(path, lines=True)
            records = len(frame)
            extra = {}
            """ + epilogue(tool: "pandas"))

    /// orjson per line plus an iterative reply forest: id → index, children lists, depth
    /// and conversation by breadth-first search from the roots.
    static let orjsonForest = Peer(
        name: "orjson + iterative reply forest", module: "orjson",
        install: "python3 -m pip install orjson",
        code: prologue + """
            import orjson
            from collections import deque
            rows = []
            with open(path, "rb") as handle:
                for line in handle:
                    if line.strip():
                        rows.append(orjson.loads(line))
            index = {}
            for position, row in enumerate(rows):
                index.setdefault(str(row["id"]), position)
            children = [[] for _ in rows]
            roots = []
            orphans = 0
            for position, row in enumerate(rows):
                parent = row.get("parent_id") or ""
                found = index.get(str(parent)) if parent != "" else None
                if found is None:
                    roots.append(position)
                    orphans += parent != ""
                else:
                    children[found].append(position)
            depth = [0] * len(rows)
            queue = deque(roots)
            while queue:
                node = queue.popleft()
                for child in children[node]:
                    depth[child] = depth[node] + 1
                    queue.append(child)
            records = len(rows)
            extra = {"conversations": str(len(roots)), "max_depth": str(max(depth, default=0)),
                     "orphans": str(orphans)}
            """ + epilogue(tool: "orjson"))
}
