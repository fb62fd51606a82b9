#!/usr/bin/env python3
"""Draws the stratified sample for a blind second labelling of the six report organisations added
on 2026-12-02 (openSUSE OBS, Optimism, Lum Network, keepthescore, LeapDAO, Felvin; 1,545 sentences).

Strata, like the first independent labelling (second-labels-independent-strata.tsv):
  pos    every sentence the first labeller marked 1 (a census),
  near   NEAR sentences drawn from the first-label 0s that contain a trigger word (TRIGGER below),
  random RANDOM sentences drawn from the remaining first-label 0s.
random.Random(SEED) draws near first, then random, each with random.sample over the ids in corpus
order; the worksheet lists the sample shuffled with the same generator and shows only id and text,
so the annotator never sees a first label or a stratum. The strata file is written for the later
comparison (tools/corpus/agreement.py) and is not to be opened before the labels are committed.

  python3 tools/corpus/extract.py --mirrors <dir> --out full.tsv
  python3 tools/corpus/second_sample.py --full full.tsv --worksheet /tmp/worksheet.tsv
"""
import argparse
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "postmortem-core", "src", "test", "resources", "io", "postmortem", "core",
                      "language", "corpus")
ORGANISATIONS = ("opensuse-obs", "optimism", "lum", "keepthescore", "leapdao", "felvin")
SEED = 1545
NEAR = 60
RANDOM = 100
TRIGGER = re.compile(
    r"\b(should(n't| not)? have|could(n't| not)? have|would(n't| not)? have|ought|fail(ed|ure|s)?|forg[oe]t|"
    r"mistake|error|accident|inadvertent|unintention|miss(ed)?|careless|neglig|neglect|blame|fault|rush|"
    r"too (long|late|slow|much)|wrong|oversight|human|sloppy|lazy|without (check|test)|ignor|careful)",
    re.IGNORECASE)


def rows(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#")]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--full", required=True, help="the corpus rebuilt by extract.py")
    parser.add_argument("--worksheet", required=True, help="where to write id and text, shuffled")
    parser.add_argument("--strata", default=os.path.join(CORPUS, "second-labels-report-strata.tsv"))
    args = parser.parse_args()
    first = {r[0]: int(r[1]) for r in rows(os.path.join(CORPUS, "labels.tsv"))}
    sentences = [(r[0], r[10]) for r in rows(args.full) if r[1] in ORGANISATIONS]
    text = dict(sentences)
    ids = [i for i, _ in sentences]
    rng = random.Random(SEED)
    pos = [i for i in ids if first[i] == 1]
    near_pool = [i for i in ids if first[i] == 0 and TRIGGER.search(text[i])]
    near = rng.sample(near_pool, NEAR)
    rest = [i for i in ids if first[i] == 0 and i not in set(near)]
    rand = rng.sample(rest, RANDOM)
    sample = pos + near + rand
    rng.shuffle(sample)
    with open(args.worksheet, "w", encoding="utf-8") as out:
        for i in sample:
            out.write("%s\t%s\n" % (i, text[i]))
    strata = {**{i: "pos" for i in pos}, **{i: "near" for i in near}, **{i: "random" for i in rand}}
    with open(args.strata, "w", encoding="utf-8") as out:
        out.write("# Stratum of each sentence of second-labels-report-independent.tsv, drawn by tools/corpus/second_sample.py"
                  " (seed %d) from the %d sentences of the six report organisations added on 2026-12-02: pos = first label 1"
                  " (all %d), near = a first-label 0 with a trigger word (%d of %d), random = drawn from the other"
                  " first-label 0s (%d of %d).\n" % (SEED, len(ids), len(pos), NEAR, len(near_pool), RANDOM, len(rest)))
        for i in sample:
            out.write("%s\t%s\n" % (i, strata[i]))
    print("%d sentences in the six organisations; sample of %d written (strata not shown)" % (len(ids), len(sample)))


if __name__ == "__main__":
    main()
