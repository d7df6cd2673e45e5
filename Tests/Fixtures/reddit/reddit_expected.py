#!/usr/bin/env python3
"""Independent expectations for the Pushshift sample in ../shared/data/reddit-pushshift.

Run from the repository root:
  python3 Tests/Fixtures/reddit/reddit_expected.py ../shared/data/reddit-pushshift \
    > Tests/Fixtures/reddit/pushshift-expected.json
"""
import json, sys, os

def strip(value):
    if isinstance(value, str) and len(value) > 3 and value[0] == "t" and value[1] in "123456" and value[2] == "_":
        return value[3:]
    return value

root = sys.argv[1]
records = []
for name in ("test_comments.json", "test_submissions.json"):
    with open(os.path.join(root, name), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                records.append(json.loads(line))
ids = {}
for r in records:
    rid = strip(r.get("id") or r.get("name"))
    ids.setdefault(rid, r)
utterances = []
for rid, r in ids.items():
    submission = "body" not in r
    parent = None if submission else strip(r.get("parent_id") or r.get("link_id"))
    if submission:
        text = r.get("title", "")
        if r.get("selftext"):
            text += "\n\n" + r["selftext"]
    else:
        text = r["body"]
    written = r.get("selftext") if submission else r.get("body")
    utterances.append({
        "id": rid, "kind": "submission" if submission else "comment",
        "reply_to": parent, "parent_loaded": parent in ids if parent else False,
        "speaker": r.get("author"), "timestamp": int(float(r["created_utc"])),
        "subreddit": r.get("subreddit"), "score": r.get("score"),
        "removed": written if written in ("[deleted]", "[removed]") else None,
        "text_length": len(text.encode("utf-8")),
    })
summary = {
    "utterances": len(utterances),
    "comments": sum(u["kind"] == "comment" for u in utterances),
    "submissions": sum(u["kind"] == "submission" for u in utterances),
    "removed": sum(u["removed"] is not None for u in utterances),
    "deleted_authors": sum(u["speaker"] == "[deleted]" for u in utterances),
    "orphans": sum(u["reply_to"] is not None and not u["parent_loaded"] for u in utterances),
    "attached": sum(u["parent_loaded"] for u in utterances),
    "speakers": len({u["speaker"] for u in utterances}),
    "subreddits": len({u["subreddit"] for u in utterances}),
}
json.dump({"summary": summary, "utterances": utterances}, sys.stdout, indent=1, ensure_ascii=False)
print()
