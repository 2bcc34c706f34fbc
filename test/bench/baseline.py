#!/usr/bin/env python3
"""The obvious baseline aligner, for the benchmark: split each task list into numbered tasks with a regular
expression, take the first sentence as the heading, score every child/parent heading pair with
difflib.SequenceMatcher.ratio(), and match greedily (best pairs first, one-to-one) above a threshold.

Usage: python3 baseline.py <child.txt> <parent.txt> [--threshold 0.5]
Prints JSON: {"links": [{"child", "parents", "score"}], "droppedParents", "addedChildren"}.
"""
import difflib
import json
import re
import sys

TASK = re.compile(r"^[\s\u3000]*(\d+)[.．、]\s*(.+)$")


def tasks(path):
    with open(path, encoding="utf-8-sig") as f:
        out = []
        for line in f:
            m = TASK.match(line.rstrip("\r\n"))
            if m:
                body = m.group(2)
                out.append((m.group(1), re.split(r"[。；;]", body, maxsplit=1)[0]))
        return out


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    threshold = 0.5
    if "--threshold" in argv:
        threshold = float(argv[argv.index("--threshold") + 1])
        args = [a for a in args if a != argv[argv.index("--threshold") + 1]]
    child, parent = tasks(args[0]), tasks(args[1])
    pairs = []
    for cid, ch in child:
        for pid, ph in parent:
            r = difflib.SequenceMatcher(None, ch, ph).ratio()
            if r >= threshold:
                pairs.append((r, cid, pid))
    pairs.sort(key=lambda p: -p[0])
    used_c, used_p, links = set(), set(), []
    for r, cid, pid in pairs:
        if cid in used_c or pid in used_p:
            continue
        used_c.add(cid)
        used_p.add(pid)
        links.append({"child": cid, "parents": [pid], "score": round(r, 4)})
    links.sort(key=lambda l: int(l["child"]))
    json.dump(
        {
            "links": links,
            "droppedParents": [p for p, _ in parent if p not in used_p],
            "addedChildren": [c for c, _ in child if c not in used_c],
        },
        sys.stdout,
        ensure_ascii=False,
    )
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1:])
