#!/usr/bin/env python3
"""Counts for the reader tests, computed independently of Parley with Python's json and
csv modules over ../shared/data. Run from the repository root:

    python3 Tests/Fixtures/convokit/expected_counts.py > Tests/Fixtures/convokit/expected-counts.json
"""
import csv
import json
import os
import sys

DATA = os.path.join(os.path.dirname(__file__), "..", "..", "..", "..", "shared", "data")


def depths(ids, parent):
    """Depth of every id, iteratively; `parent` holds only links to ids in the set."""
    result = {}
    for node in ids:
        chain = []
        current = node
        while current not in result and current in parent:
            chain.append(current)
            current = parent[current]
        base = result.setdefault(current, 0)
        for depth, member in enumerate(reversed(chain), start=1):
            result[member] = base + depth
    return result


def convokit():
    directory = os.path.join(DATA, "convokit-reddit-cornell")
    with open(os.path.join(directory, "utterances.jsonl"), encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    ids = {row["id"] for row in rows}
    linked = {row["id"]: row["reply-to"] for row in rows if row.get("reply-to")}
    depth = depths(ids, {k: v for k, v in linked.items() if v in ids})
    with open(os.path.join(directory, "speakers.json"), encoding="utf-8") as handle:
        speakers = json.load(handle)
    with open(os.path.join(directory, "conversations.json"), encoding="utf-8") as handle:
        conversations = json.load(handle)
    first = rows[0]
    return {
        "utterances": len(rows),
        "speakers_in_utterances": len({row["speaker"] for row in rows}),
        "speakers_json": len(speakers),
        "conversations": len({row["conversation_id"] for row in rows}),
        "conversations_json": len(conversations),
        "roots": sum(1 for row in rows if not row.get("reply-to")),
        "missing_parents": sum(1 for v in linked.values() if v not in ids),
        "max_depth": max(depth.values()),
        "first_id": first["id"],
        "first_meta_score": first["meta"]["score"],
        "first_title": conversations[first["conversation_id"]]["meta"]["title"],
    }


def twcs(name, bad_ids):
    path = os.path.join(DATA, "twcs", name)
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    # The csv module, like a strict RFC 4180 reader, splits a record at a bare carriage
    # return: pieces with missing or extra fields are the broken record.
    whole = [row for row in rows if None not in row and None not in row.values()]
    assert len(rows) - len(whole) == (2 if bad_ids else 0)
    rows = [row for row in whole if row["tweet_id"] not in bad_ids]
    ids = {row["tweet_id"] for row in rows}
    parent = {}
    for row in rows:
        raw = row["in_response_to_tweet_id"]
        parent[row["tweet_id"]] = str(int(float(raw))) if raw else None
    responses = {
        row["tweet_id"]: [r for r in row["response_tweet_id"].split(",") if r] for row in rows
    }
    # A listed response that is loaded but names another parent; a loaded parent that
    # does not list its reply.
    unconfirmed = sum(
        1 for tweet, listed in responses.items() for r in listed
        if r in ids and parent[r] != tweet)
    unlisted = sum(
        1 for tweet, p in parent.items()
        if p in ids and tweet not in responses[p])
    linked = {k: v for k, v in parent.items() if v in ids}
    depth = depths(ids, linked)
    organization = {row["author_id"] for row in rows if row["inbound"] == "False"}
    return {
        "utterances": len(rows),
        "speakers": len({row["author_id"] for row in rows}),
        "organization_speakers": len(organization),
        "organization_utterances": sum(1 for row in rows if row["inbound"] == "False"),
        "orphans": sum(1 for v in parent.values() if v is not None and v not in ids),
        "conversations": sum(1 for v in parent.values() if v is None or v not in ids),
        "max_depth": max(depth.values()),
        "responses_not_confirmed": unconfirmed,
        "replies_not_listed": unlisted,
    }


if __name__ == "__main__":
    json.dump(
        {
            "convokit-reddit-cornell": convokit(),
            # Record index 2484 (tweet 3399) is broken by bare carriage returns.
            "twcs-head": twcs("twcs-head.csv", {"3399"}),
            "twcs-sample-93": twcs("twcs-sample-93.csv", set()),
        },
        sys.stdout, indent=2, sort_keys=True)
    sys.stdout.write("\n")
