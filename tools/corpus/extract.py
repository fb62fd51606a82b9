#!/usr/bin/env python3
"""Rebuilds the real-prose corpus from fetched repositories.

Every document listed in sources.tsv is read at its commit from a bare or normal git copy
(<mirrors>/<owner>+<name>/repo, or <mirrors>/<owner>/<name>), cut into prose blocks (front matter,
code, HTML comments and headings-only markup dropped), and split into sentences. Each sentence is
written with its raw offsets in the document and the SHA-1 of its cleaned text, so a copy that
stores only references can be rebuilt and checked byte for byte.

  python3 tools/corpus/extract.py --mirrors /work/.mirror --out sentences-full.tsv
  python3 tools/corpus/extract.py --mirrors /work/.mirror --check references.tsv

Output columns: id, organisation, split, stored, repository, commit, path, start, end, sha1, text.
The id is <organisation>-<sha1 of repository+path, 6 hex>-<ordinal>, stable as long as the commit is.
"""
import argparse
import hashlib
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MIN_WORDS = 4


def read_sources(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            org, split, licence, stored, repo, commit, doc = line.rstrip("\n").split("\t")
            rows.append((org, split, licence, stored, repo, commit, doc))
    return rows


def git_show(mirrors, repo, commit, path):
    owner, name = repo.split("/")
    for candidate in (os.path.join(mirrors, owner + "+" + name, "repo"), os.path.join(mirrors, owner, name)):
        if os.path.isdir(candidate):
            out = subprocess.run(["git", "-C", candidate, "show", commit + ":" + path], capture_output=True)
            if out.returncode == 0:
                return out.stdout.decode("utf-8", errors="replace")
    raise SystemExit("missing %s@%s:%s under %s (fetch the repository first)" % (repo, commit, path, mirrors))


def blocks(text):
    """(start, end) raw spans of prose: paragraphs, list items, table cells."""
    spans = []
    pos = 0
    lines = text.split("\n")
    in_code = False
    in_comment = False
    in_front = False
    para_start = None
    para_end = None

    def close():
        nonlocal para_start, para_end
        if para_start is not None:
            spans.append((para_start, para_end))
        para_start = None

    for index, line in enumerate(lines):
        start = pos
        end = pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if index == 0 and stripped in ("---", "+++"):
            in_front = True
            continue
        if in_front:
            if stripped in ("---", "+++"):
                in_front = False
            continue
        if stripped.startswith("```") or stripped.startswith("~~~"):
            close()
            in_code = not in_code
            continue
        if in_code:
            continue
        if "<!--" in stripped and "-->" not in stripped:
            close()
            in_comment = True
            continue
        if in_comment:
            if "-->" in stripped:
                in_comment = False
            continue
        if not stripped or line.startswith("    ") and para_start is None:
            close()
            continue
        if stripped.startswith("|"):
            close()
            if re.match(r"^\|?\s*:?-{2,}", stripped):
                continue
            offset = start
            for cell in line.split("|"):
                cell_start = offset
                offset += len(cell) + 1
                if cell.strip():
                    lead = len(cell) - len(cell.lstrip())
                    spans.append((cell_start + lead, cell_start + len(cell.rstrip())))
            continue
        if re.match(r"^(#{1,6}\s|[-*+]\s|\d+[.)]\s|>)", stripped):
            close()
            para_start, para_end = start + (len(line) - len(line.lstrip())), end
            if stripped.startswith("#"):
                close()
            continue
        if para_start is None:
            para_start = start + (len(line) - len(line.lstrip()))
        para_end = end
    close()
    return spans


BOUNDARY = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[*_]*[A-Z0-9])")


def sentences(text, span):
    start, end = span
    piece = text[start:end]
    cut = 0
    for m in BOUNDARY.finditer(piece):
        yield start + cut, start + m.start() + (len(m.group(0)) - len(m.group(0).lstrip()) if False else 0) + len(m.group(0).rstrip())
        cut = m.end()
    yield start + cut, end


def clean(raw):
    s = re.sub(r"<[^>]+>", " ", raw)
    s = re.sub(r"!\[[^\]]*\]\([^)]*\)", " ", s)
    s = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", s)
    s = re.sub(r"\[([^\]]*)\]\[[^\]]*\]", r"\1", s)
    s = re.sub(r"^\s*(#{1,6}|[-*+]|\d+[.)]|>)\s+", "", s)
    s = s.replace("**", "").replace("__", "")
    s = re.sub(r"(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)", "", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s


def extract(mirrors, sources):
    rows = []
    for org, split, licence, stored, repo, commit, doc in sources:
        text = git_show(mirrors, repo, commit, doc)
        doc_key = hashlib.sha1((repo + ":" + doc).encode()).hexdigest()[:6]
        ordinal = 0
        for span in blocks(text):
            for start, end in sentences(text, span):
                sentence = clean(text[start:end])
                words = re.findall(r"[A-Za-z]{2,}", sentence)
                if len(words) < MIN_WORDS:
                    continue
                ordinal += 1
                digest = hashlib.sha1(sentence.encode("utf-8")).hexdigest()
                rows.append((org + "-" + doc_key + "-" + str(ordinal), org, split, stored, repo, commit, doc,
                             str(start), str(end), digest, sentence))
    return rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--mirrors", required=True)
    parser.add_argument("--sources", default=os.path.join(HERE, "sources.tsv"))
    parser.add_argument("--out")
    parser.add_argument("--check", help="a references file to verify against the rebuilt text")
    args = parser.parse_args()
    rows = extract(args.mirrors, read_sources(args.sources))
    if args.check:
        wanted = {}
        with open(args.check, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                cols = line.rstrip("\n").split("\t")
                wanted[cols[0]] = cols[9]
        got = {r[0]: r[9] for r in rows}
        bad = [k for k, v in wanted.items() if got.get(k) != v]
        print("%d references, %d rebuilt identically, %d differ" % (len(wanted), len(wanted) - len(bad), len(bad)))
        sys.exit(1 if bad else 0)
    out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout
    out.write("# id\torganisation\tsplit\tstored\trepository\tcommit\tpath\tstart\tend\tsha1\ttext\n")
    for r in rows:
        out.write("\t".join(r) + "\n")


if __name__ == "__main__":
    main()
