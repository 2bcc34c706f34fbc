#!/usr/bin/env python3
"""The obvious baseline aligner, for the benchmark: split each task list into numbered tasks with a regular
expression, score every child/parent pair with difflib.SequenceMatcher.ratio(), and match greedily (best
pairs first, one-to-one) above a threshold.

Modes:
  --mode text     (default) compare the whole task text as split: the literal obvious baseline.
  --mode heading  compare only the first sentence (the heading) of each task: ~20x less work, and a
                  stronger baseline on these documents, whose task bodies share much boilerplate.

Usage: python3 baseline.py <child.txt> <parent.txt> [--mode text|heading] [--threshold 0.5]
Prints JSON: {"links": [{"child", "parents", "score"}], "droppedParents", "addedChildren", "mode"}.
"""
import difflib
import json
import re
import sys

TASK = re.compile(r"^[\s\u3000]*(\d+)[.．、]\s*(.+)$")


def tasks(path, mode):
    with open(path, encoding="utf-8-sig") as f:
        out = []
        for line in f:
            m = TASK.match(line.rstrip("\r\n"))
            if m:
                body = m.group(2)
                out.append((m.group(1), body if mode == "text" else re.split(r"[。；;]", body, maxsplit=1)[0]))
        return out


def option(argv, name, default):
    if name in argv:
        return argv[argv.index(name) + 1]
    return default


def main(argv):
    values = {argv[i + 1] for i, a in enumerate(argv[:-1]) if a in ("--threshold", "--mode")}
    args = [a for a in argv if not a.startswith("--") and a not in values]
    threshold = float(option(argv, "--threshold", "0.5"))
    mode = option(argv, "--mode", "text")
    if mode not in ("text", "heading"):
        sys.exit("--mode is text or heading")
    child, parent = tasks(args[0], mode), tasks(args[1], mode)
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
            "mode": mode,
        },
        sys.stdout,
        ensure_ascii=False,
    )
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1:])
