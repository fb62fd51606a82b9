package io.postmortem.core.language;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All phrases of a list merged into one trie over normalized tokens. Matching walks the trie from
 * each token once; the work per token is bounded by the longest phrase and the gap widths, never by
 * the number of phrases, so a scan is linear in text size.
 *
 * <p>A gap step ({@code …}) lets a pattern skip up to N words of the same clause, for German verb
 * brackets: "hätte … sollen" matches "hätte den Alarm prüfen sollen". A prefix step ({@code
 * careless*}) matches inflections.
 */
final class PhraseTrie {
  /** A step of a pattern: a word, a word prefix, or a gap of up to {@code gap} words. */
  record Step(String word, boolean prefix, int gap) {
    static Step word(String word) {
      return new Step(word, false, 0);
    }

    static Step prefix(String prefix) {
      return new Step(prefix, true, 0);
    }

    static Step gap(int width) {
      return new Step("", false, width);
    }

    boolean isGap() {
      return gap > 0;
    }
  }

  /** A phrase matched at tokens [first, end). */
  record Match(int first, int end, Phrase phrase) {}

  private static final class Node {
    private final Map<String, Node> words = new HashMap<>();

    /**
     * Prefix edges grouped by first char, so a word is compared only with prefixes it can start
     * with.
     */
    private final Map<Character, Map<String, Node>> prefixes = new HashMap<>();

    private Node gap;
    private int gapWidth;
    private Phrase phrase;
  }

  private final Node root = new Node();

  void add(List<Step> steps, Phrase phrase) {
    if (steps.isEmpty() || steps.get(0).isGap() || steps.get(steps.size() - 1).isGap()) {
      throw new IllegalArgumentException(
          "a pattern starts and ends with a word: " + phrase.pattern());
    }
    Node node = root;
    for (Step step : steps) {
      if (step.isGap()) {
        if (node.gap == null) {
          node.gap = new Node();
        }
        node.gapWidth = Math.max(node.gapWidth, step.gap());
        node = node.gap;
      } else {
        Map<String, Node> edges =
            step.prefix()
                ? node.prefixes.computeIfAbsent(step.word().charAt(0), c -> new LinkedHashMap<>())
                : node.words;
        node = edges.computeIfAbsent(step.word(), w -> new Node());
      }
    }
    if (node.phrase == null) {
      node.phrase = phrase;
    }
  }

  /** Adds every phrase that matches starting at token {@code first} to {@code out}. */
  void matchesAt(TokenStream tokens, int first, List<Match> out) {
    walk(root, tokens, first, first, tokens.clause(first), out);
  }

  private void walk(Node node, TokenStream tokens, int first, int at, int clause, List<Match> out) {
    if (node.phrase != null) {
      out.add(new Match(first, at, node.phrase));
    }
    String token = tokens.inClause(at, clause);
    if (token != null) {
      Node next = node.words.get(token);
      if (next != null) {
        walk(next, tokens, first, at + 1, clause, out);
      }
      Map<String, Node> prefixes = token.isEmpty() ? null : node.prefixes.get(token.charAt(0));
      if (prefixes != null) {
        for (Map.Entry<String, Node> prefix : prefixes.entrySet()) {
          if (token.startsWith(prefix.getKey())) {
            walk(prefix.getValue(), tokens, first, at + 1, clause, out);
          }
        }
      }
    }
    if (node.gap != null) {
      for (int skip = 0;
          skip <= node.gapWidth && tokens.inClause(at + skip, clause) != null;
          skip++) {
        walk(node.gap, tokens, first, at + skip, clause, out);
      }
    }
  }
}
