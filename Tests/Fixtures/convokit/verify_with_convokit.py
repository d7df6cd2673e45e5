#!/usr/bin/env python3
"""Loads ConvoKit corpus directories written by `parley export --format convokit` with the
`convokit` package itself, and prints what it sees, as JSON (compare with
convokit-check.json). Run with a virtualenv that has convokit (see the README):

    /work/venv-convokit/bin/python Tests/Fixtures/convokit/verify_with_convokit.py NAME=DIR...
"""
import json
import sys

from convokit import Corpus


def check(directory):
    corpus = Corpus(filename=directory)
    conversations = list(corpus.iter_conversations())
    biggest = max(conversations, key=lambda c: len(c.get_utterance_ids()))
    # Walk the biggest conversation's reply tree from its root, depth first.
    walk = [utterance.id for utterance in biggest.traverse("dfs")]
    roles = {}
    for speaker in corpus.iter_speakers():
        role = speaker.meta.get("role")
        roles[role] = roles.get(role, 0) + 1
    return {
        "utterances": len(list(corpus.iter_utterances())),
        "speakers": len(list(corpus.iter_speakers())),
        "conversations": len(conversations),
        "speaker_roles": roles,
        "biggest_conversation": biggest.id,
        "biggest_conversation_walk_length": len(walk),
        "biggest_conversation_walk_start": walk[:3],
    }


if __name__ == "__main__":
    results = {}
    for argument in sys.argv[1:]:
        name, directory = argument.split("=", 1)
        results[name] = check(directory)
    json.dump(results, sys.stdout, indent=2, sort_keys=True)
    sys.stdout.write("\n")
