#!/usr/bin/env python3
"""Count single-choice items whose correct choice is strictly the longest (a length cue).

Usage: python3 cues.py TAG|DIR [TAG|DIR ...]

  TAG   a staged translation in this directory (hy, ru, ...); `en` means the original
        pack at /work/wt/evchoice/content/packs/csto-armenia.
  DIR   any pack directory holding questions/*.yaml.

For every `type: single` item in questions/*.yaml, compares len() of the choices' `text`
(characters, after YAML folding) and counts the items whose correct choice is longer than
every other choice. The pack's cue linter warns when that holds for more than a third of the
single-choice items. Prints the count, the total and, for each offending item, its file, id,
the key's length and the longest distractor's length.
Exit status 1 when the count is over a third, 0 otherwise.
"""
import glob
import os
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ORIGINAL = "/work/wt/evchoice/content/packs/csto-armenia"


def pack_dir(arg):
    if arg == "en":
        return ORIGINAL
    if os.path.isdir(os.path.join(HERE, arg)):
        return os.path.join(HERE, arg)
    return arg


def scan(directory):
    total, offending = 0, []
    for path in sorted(glob.glob(os.path.join(directory, "questions", "*.yaml"))):
        with open(path, encoding="utf-8") as f:
            items = yaml.safe_load(f) or []
        for item in items:
            if not isinstance(item, dict) or item.get("type") != "single":
                continue
            total += 1
            choices = item.get("choices") or []
            keys = [c for c in choices if c.get("correct") is True]
            others = [c for c in choices if c.get("correct") is not True]
            if len(keys) != 1 or not others:
                print(f"  {os.path.basename(path)}: {item.get('id')}: expected one correct choice"
                      " and at least one distractor", file=sys.stderr)
                continue
            key_len = len(str(keys[0].get("text", "")).strip())
            other_lens = [len(str(c.get("text", "")).strip()) for c in others]
            if key_len > max(other_lens):
                offending.append((os.path.basename(path), item.get("id"), keys[0].get("id"),
                                  key_len, max(other_lens), other_lens))
    return total, offending


def main(argv):
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    status = 0
    for arg in argv:
        directory = pack_dir(arg)
        total, offending = scan(directory)
        limit = total / 3
        over = len(offending) > limit
        status |= over
        print(f"{arg}: {len(offending)} of {total} single-choice items have the key strictly longest"
              f" (limit: at most a third, {int(limit)}){'  OVER' if over else ''}")
        for file, qid, cid, key_len, longest, lens in offending:
            print(f"  {file}: {qid}: key {cid} {key_len} chars, longest distractor {longest}"
                  f" (distractors {lens})")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
