#!/usr/bin/env python3
"""Cohen's kappa between the first labels and the independent second labelling.

The sample is stratified (every stored positive, sentences with trigger words, random others), so
the plain kappa over the 200 overweights positives. The reweighted figure scales each cell of the
agreement table to the stored corpus: the positive stratum is a census, and the sampled negatives
stand for all stored negatives.

  python3 tools/corpus/agreement.py                      # against labels.tsv as it is now
  git show 0243be4:postmortem-core/src/test/resources/io/postmortem/core/language/corpus/labels.tsv > /tmp/first.tsv
  python3 tools/corpus/agreement.py --first /tmp/first.tsv   # against the labels before the disagreements were resolved

The blind second labelling of the six report organisations added on 2026-12-02 (third session):

  git show 3df34ab:postmortem-core/src/test/resources/io/postmortem/core/language/corpus/labels.tsv > /tmp/first3.tsv
  python3 tools/corpus/agreement.py --first /tmp/first3.tsv --second second-labels-report-independent.tsv \
      --strata second-labels-report-strata.tsv \
      --population opensuse-obs,optimism,lum,keepthescore,leapdao,felvin
"""
import argparse
import collections
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "postmortem-core", "src", "test", "resources", "io", "postmortem", "core",
                      "language", "corpus")


def rows(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#")]


def kappa(table):
    n = sum(table.values())
    observed = (table[(1, 1)] + table[(0, 0)]) / n
    first = (table[(1, 1)] + table[(1, 0)]) / n
    second = (table[(1, 1)] + table[(0, 1)]) / n
    chance = first * second + (1 - first) * (1 - second)
    return (observed - chance) / (1 - chance)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--first", default=os.path.join(CORPUS, "labels.tsv"))
    parser.add_argument("--second", default="second-labels-independent.tsv", help="file in the corpus directory")
    parser.add_argument("--strata", default="second-labels-independent-strata.tsv", help="file in the corpus directory")
    parser.add_argument("--population", default="stored",
                        help="what the sample stands for: 'stored' (sentences.tsv) or organisations, comma-separated")
    args = parser.parse_args()
    first = {r[0]: int(r[1]) for r in rows(args.first)}
    second = {r[0]: int(r[1]) for r in rows(os.path.join(CORPUS, args.second))}
    strata = {r[0]: r[1] for r in rows(os.path.join(CORPUS, args.strata))}
    if args.population == "stored":
        # the stored sentences of the organisations sampled (sentences.tsv has grown since the first sample)
        sampled_organisations = {i.rsplit("-", 2)[0] for i in second}
        stored = [r[0] for r in rows(os.path.join(CORPUS, "sentences.tsv")) if r[1] in sampled_organisations]
    else:
        organisations = set(args.population.split(","))
        stored = [r[0] for r in rows(os.path.join(CORPUS, "references.tsv")) if r[1] in organisations]

    table = collections.Counter((first[i], second[i]) for i in second)
    print("sample of %d (stratified: %s)" % (len(second), dict(collections.Counter(strata.values()))))
    print("  first/second 1/1=%d 1/0=%d 0/1=%d 0/0=%d" % (table[(1, 1)], table[(1, 0)], table[(0, 1)], table[(0, 0)]))
    print("  observed agreement %.3f, Cohen's kappa %.2f (on the stratified sample)" % (
        (table[(1, 1)] + table[(0, 0)]) / len(second), kappa(table)))
    for stratum in sorted(set(strata.values())):
        part = collections.Counter((first[i], second[i]) for i in second if strata[i] == stratum)
        print("  stratum %-6s %s" % (stratum, dict(part)))

    # Reweight to the stored corpus: each first-label class is scaled from the sample to its size.
    population = collections.Counter(first[i] for i in stored)
    sampled = collections.Counter(first[i] for i in second)
    weighted = collections.Counter()
    for cell, count in table.items():
        weighted[cell] = count * population[cell[0]] / sampled[cell[0]]
    print("  reweighted to the %d sentences it stands for (%d labelled 1): kappa %.2f" % (
        len(stored), population[1], kappa(weighted)))
    for i in sorted(second):
        if first[i] != second[i]:
            print("  disagreement %s first=%d second=%d" % (i, first[i], second[i]))


if __name__ == "__main__":
    main()
