#!/usr/bin/env python3
"""Check a staged translation of a pack against its original.

Usage: python3 check.py TAG [--orig DIR] [--trans DIR] [--partial]

  TAG      BCP 47 tag of the translation (hy, ru, ...)
  --orig   the original pack (default /work/main/content/packs/csto-armenia)
  --trans  the translation (default <this dir>/TAG)
  --partial  files missing from the translation are reported but do not fail

What it asserts (the translated-pack format of /work/wt/BRIEF.md):
  * the translation mirrors the pack file for file (pack.yaml, questions/*.yaml, lessons/*.md);
  * every YAML file has the same structure (same keys in the same order, same list lengths),
    and every value that is not a translatable text field is byte-identical
    (ids, type, objective, difficulty, points, correct, verdict, answer, tags, order keys,
    choice/item ids and order, evidence source/locator/kind, sources' id/kind/title/publisher/
    published/url/counting unit and count, ...);
  * pack.yaml's `language:` is TAG;
  * a lesson's front matter is identical except `title`, and its `[[checkpoint: id]]` markers
    are the same, in the same order;
  * translatable text fields are non-empty strings.
Warnings (do not fail): a text field identical to the original, a text field without any
letter of the target script (hy: Armenian, ru: Cyrillic), headings count differing in a lesson,
numbers (years, counts, paragraph numbers) that differ between a text field or a lesson
paragraph and its original; for hy and ru, unpaired guillemets or a straight double quote left
in a translated text field or lesson paragraph.

Exit status 0 when there is no error, 1 otherwise. Messages are file:line: message, with the
line of the translation.
"""
import argparse
import os
import re
import sys

import yaml

# Text fields that are translated, by the key that holds them. The context (the path of keys
# above) decides: e.g. `title` is text in pack.yaml's top level and in objectives, but NOT in
# sources (bibliographic, stays in the original), nor in sets.
QUESTION_TEXT = {"stem", "claim", "text", "explanation", "note", "feedback"}
# Fields whose translation is allowed but not required (may stay identical or be translated).
OPTIONAL_TEXT = {("sources", "counting", "rule")}

SCRIPTS = {
    "hy": re.compile("[\u0531-\u0587]"),
    "ru": re.compile("[\u0400-\u04FF]"),
}

CHECKPOINT = re.compile(r"\[\[\s*checkpoint\s*:\s*([^\]\s]+)\s*\]\]")
OTHER_MARKER = re.compile(r"\[\[[^\]]*\]\]")


# Numbers (years, counts, paragraph numbers) must survive translation. Digit groups written
# "2,000", "2 000" or "2\u00a0000" count as one number; ranges "7-8" / "7\u20138" give 7 and 8.
NUMBER = re.compile(r"\d+")
THOUSANDS = re.compile(r"(?<=\d)[,\u00a0\u202f\u2009 ](?=\d{3}(?!\d))")


def numbers(text):
    return sorted(NUMBER.findall(THOUSANDS.sub("", text)))


def check_numbers(rep, at, what, original, translated):
    o, t = numbers(original), numbers(translated)
    if o != t:
        missing = [n for n in set(o) if o.count(n) > t.count(n)]
        extra = [n for n in set(t) if t.count(n) > o.count(n)]
        rep.warn(at, f"{what}: numbers differ from the original"
                 f"{' (missing ' + ', '.join(sorted(missing)) + ')' if missing else ''}"
                 f"{' (extra ' + ', '.join(sorted(extra)) + ')' if extra else ''}")


# Quotation marks: hy and ru texts quote with guillemets. Warn when they do not pair up, or when a
# straight double quote is left in translated text (usually an untranslated English quote).
GUILLEMET_TAGS = {"hy", "ru"}


def check_quotes(rep, at, what, translated, tag):
    if tag not in GUILLEMET_TAGS:
        return
    opened, closed = translated.count("\u00ab"), translated.count("\u00bb")
    if opened != closed:
        rep.warn(at, f"{what}: {opened} \u00ab but {closed} \u00bb")
    if '"' in translated:
        rep.warn(at, f"{what}: straight double quote in the text (quote with \u00ab\u00bb)")


class Report:
    def __init__(self):
        self.errors = 0
        self.warnings = 0

    def error(self, where, msg):
        self.errors += 1
        print(f"{where}: error: {msg}")

    def warn(self, where, msg):
        self.warnings += 1
        print(f"{where}: warning: {msg}")


def where(path, node_or_line):
    line = node_or_line if isinstance(node_or_line, int) else node_or_line.start_mark.line + 1
    return f"{path}:{line}"


def is_text(kind, keys):
    """keys: tuple of mapping keys from the document root down to the value (list indexes
    dropped). kind: 'pack' or 'questions' or 'front'."""
    last = keys[-1] if keys else None
    if kind == "pack":
        if keys in (("title",), ("summary",)):
            return "required"
        if keys == ("objectives", "title"):
            return "required"
        if keys in OPTIONAL_TEXT:
            return "optional"
        return None
    if kind == "questions":
        if last in QUESTION_TEXT:
            return "required"
        # feedback given per verdict/answer: feedback: {supported: ..., refuted: ..., true: ...}
        if len(keys) >= 2 and keys[-2] == "feedback":
            return "required"
        return None
    if kind == "front":
        return "required" if keys == ("title",) else None
    return None


def scalar_text(node):
    return node.value if isinstance(node, yaml.ScalarNode) else None


def compare(rep, kind, tpath, o, t, keys, tag):
    """Compare original node o with translated node t."""
    tk = is_text(kind, keys)
    if tk and isinstance(o, yaml.ScalarNode):
        if not isinstance(t, yaml.ScalarNode) or t.tag != "tag:yaml.org,2002:str":
            rep.error(where(tpath, t), f"{'.'.join(keys)}: expected a text string")
            return
        if not t.value.strip():
            rep.error(where(tpath, t), f"{'.'.join(keys)}: empty text")
            return
        if tk == "required":
            if t.value == o.value and SCRIPTS.get(tag) and SCRIPTS[tag].search(o.value) is None:
                rep.warn(where(tpath, t), f"{'.'.join(keys)}: identical to the original (untranslated?)")
            elif SCRIPTS.get(tag) and not SCRIPTS[tag].search(t.value):
                rep.warn(where(tpath, t), f"{'.'.join(keys)}: no {tag} letters in the text")
            if t.value != o.value:
                check_numbers(rep, where(tpath, t), '.'.join(keys), o.value, t.value)
            check_quotes(rep, where(tpath, t), '.'.join(keys), t.value, tag)
        return
    if type(o) is not type(t):
        rep.error(where(tpath, t), f"{'.'.join(keys) or '<root>'}: structure differs "
                  f"(original has a {type(o).__name__[:-4].lower()}, translation a {type(t).__name__[:-4].lower()})")
        return
    if isinstance(o, yaml.ScalarNode):
        if kind == "pack" and keys == ("language",):
            if t.value != tag:
                rep.error(where(tpath, t), f"language: is {t.value!r}, expected {tag!r}")
            return
        if o.value != t.value or o.tag != t.tag:
            rep.error(where(tpath, t), f"{'.'.join(keys)}: must stay identical to the original: "
                      f"{o.value!r} (line {o.start_mark.line + 1} of the original), found {t.value!r}")
        return
    if isinstance(o, yaml.SequenceNode):
        if len(o.value) != len(t.value):
            rep.error(where(tpath, t), f"{'.'.join(keys)}: {len(t.value)} entries, the original has {len(o.value)}")
        for oi, ti in zip(o.value, t.value):
            compare(rep, kind, tpath, oi, ti, keys, tag)
        return
    # mappings: same keys, same order
    okeys = [k.value for k, _ in o.value]
    tkeys = [k.value for k, _ in t.value]
    if okeys != tkeys:
        missing = [k for k in okeys if k not in tkeys]
        extra = [k for k in tkeys if k not in okeys]
        detail = []
        if missing:
            detail.append(f"missing {missing}")
        if extra:
            detail.append(f"extra {extra}")
        if not detail:
            detail.append(f"order {tkeys}, original {okeys}")
        ident = next((scalar_text(v) for k, v in o.value if k.value == "id"), None)
        rep.error(where(tpath, t), f"{'.'.join(keys) or '<root>'}{' (id ' + ident + ')' if ident else ''}: "
                  f"keys differ: {'; '.join(detail)}")
    tmap = {k.value: v for k, v in t.value}
    for k, ov in o.value:
        if k.value in tmap:
            compare(rep, kind, tpath, ov, tmap[k.value], keys + (k.value,), tag)


def load_node(rep, path, text=None, line_offset=0):
    try:
        if text is None:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        node = yaml.compose(text)
        yaml.safe_load(text)  # also make sure it loads (duplicate keys etc. are caught by compose)
        if node is not None and line_offset:
            shift(node, line_offset)
        return node
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = (mark.line + 1 + line_offset) if mark else 1
        rep.error(f"{path}:{line}", f"invalid YAML: {getattr(e, 'problem', e)}")
        return None


def shift(node, n):
    for m in ("start_mark", "end_mark"):
        mark = getattr(node, m, None)
        if mark is not None:
            mark.line += n
    if isinstance(node, yaml.SequenceNode):
        for c in node.value:
            shift(c, n)
    elif isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            shift(k, n)
            shift(v, n)


def split_front(rep, path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        rep.error(f"{path}:1", "lesson has no front matter (first line must be ---)")
        return None, None, 0
    for i in range(1, len(lines)):
        if lines[i].strip() == "---":
            return "\n".join(lines[1:i]), "\n".join(lines[i + 1:]), i + 1
    rep.error(f"{path}:1", "front matter is not closed by ---")
    return None, None, 0


def check_lesson(rep, opath, tpath, tag):
    ofront, obody, obstart = split_front(rep, opath)
    tfront, tbody, tbstart = split_front(rep, tpath)
    if ofront is None or tfront is None:
        return
    o = load_node(rep, opath, ofront, 1)
    t = load_node(rep, tpath, tfront, 1)
    if o is not None and t is not None:
        compare(rep, "front", tpath, o, t, (), tag)
    # checkpoints, in order, with the translation's line numbers
    def markers(body, start):
        out = []
        for n, line in enumerate(body.split("\n")):
            for m in OTHER_MARKER.finditer(line):
                out.append((m.group(0), start + n + 1))
        return out
    om = markers(obody, obstart)
    tm = markers(tbody, tbstart)
    for i in range(max(len(om), len(tm))):
        if i >= len(om):
            rep.error(f"{tpath}:{tm[i][1]}", f"extra marker {tm[i][0]}")
        elif i >= len(tm):
            rep.error(f"{tpath}:{tbstart + len(tbody.split(chr(10)))}", f"missing marker {om[i][0]} (original line {om[i][1]})")
        elif om[i][0] != tm[i][0]:
            rep.error(f"{tpath}:{tm[i][1]}", f"marker {tm[i][0]} where the original has {om[i][0]} (line {om[i][1]})")
    oh = [l for l in obody.split("\n") if l.startswith("#")]
    th = [l for l in tbody.split("\n") if l.startswith("#")]
    if [h.split(" ")[0] for h in oh] != [h.split(" ")[0] for h in th]:
        rep.warn(f"{tpath}:{tbstart}", f"headings differ: {len(th)} in the translation, {len(oh)} in the original")
    # numbers, paragraph by paragraph when the paragraphs line up, else over the whole body
    opars = [x for x in re.split(r"\n\s*\n", obody) if x.strip()]
    tpars = [x for x in re.split(r"\n\s*\n", tbody) if x.strip()]
    if len(opars) == len(tpars):
        line = tbstart + 1
        for op_, tp_ in zip(opars, tpars):
            line = tbstart + 1 + tbody[:tbody.find(tp_)].count("\n")
            check_numbers(rep, f"{tpath}:{line}", "paragraph", op_, tp_)
            check_quotes(rep, f"{tpath}:{line}", "paragraph", tp_, tag)
    else:
        check_numbers(rep, f"{tpath}:{tbstart}", "lesson body", obody, tbody)
        check_quotes(rep, f"{tpath}:{tbstart}", "lesson body", tbody, tag)
    if SCRIPTS.get(tag) and not SCRIPTS[tag].search(tbody):
        rep.warn(f"{tpath}:{tbstart}", f"lesson body has no {tag} letters")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("tag")
    ap.add_argument("--orig", default="/work/main/content/packs/csto-armenia")
    ap.add_argument("--trans")
    ap.add_argument("--partial", action="store_true")
    a = ap.parse_args()
    trans = a.trans or os.path.join(here, a.tag)
    rep = Report()

    files = ["pack.yaml"]
    for sub, ext in (("questions", ".yaml"), ("lessons", ".md")):
        d = os.path.join(a.orig, sub)
        if os.path.isdir(d):
            files += sorted(f"{sub}/{n}" for n in os.listdir(d) if n.endswith(ext))
    # files in the translation that the original lacks
    for sub in ("questions", "lessons"):
        d = os.path.join(trans, sub)
        if os.path.isdir(d):
            for n in sorted(os.listdir(d)):
                if f"{sub}/{n}" not in files and not n.startswith("."):
                    rep.error(f"{os.path.join(d, n)}:1", "file has no counterpart in the original pack")

    checked, missing = [], []
    for rel in files:
        op, tp = os.path.join(a.orig, rel), os.path.join(trans, rel)
        if not os.path.exists(tp):
            missing.append(rel)
            if not a.partial:
                rep.error(f"{tp}:1", "missing from the translation")
            continue
        before = rep.errors
        if rel.endswith(".md"):
            check_lesson(rep, op, tp, a.tag)
        else:
            o, t = load_node(rep, op), load_node(rep, tp)
            if o is not None and t is not None:
                compare(rep, "pack" if rel == "pack.yaml" else "questions", tp, o, t, (), a.tag)
        checked.append((rel, rep.errors == before))

    print()
    for rel, ok in checked:
        print(f"{'OK  ' if ok else 'FAIL'} {rel}")
    for rel in missing:
        print(f"MISS {rel}")
    print(f"{rep.errors} error(s), {rep.warnings} warning(s)")
    sys.exit(1 if rep.errors else 0)


if __name__ == "__main__":
    main()
