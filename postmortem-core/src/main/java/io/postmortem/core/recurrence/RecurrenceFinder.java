package io.postmortem.core.recurrence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds earlier incidents that "rhyme" with a new one (the practice asks reviewers to consider them
 * and their action plans): TF-IDF cosine similarity of summary and narrative, where the summary
 * counts twice, blended with the overlap of components, labels and services. Term weights come from
 * the candidate set itself, so a word every candidate shares ("database" in a database team's
 * project) says little and a rare one ("certificate") says much.
 *
 * <p>The caller fetches a bounded candidate set (JQL with a page limit); the cost is linear in the
 * candidates' text.
 */
public class RecurrenceFinder {
  private static final double TEXT_WEIGHT = 0.65;
  private static final int SHOWN_TERMS = 5;

  private final double minimumScore;
  private final int limit;

  public RecurrenceFinder(double minimumScore, int limit) {
    if (minimumScore < 0 || minimumScore > 1 || limit < 1) {
      throw new IllegalArgumentException("minimumScore in [0, 1] and limit >= 1");
    }
    this.minimumScore = minimumScore;
    this.limit = limit;
  }

  /** At most five suggestions that share at least a fifth of their weight with the incident. */
  public static RecurrenceFinder standard() {
    return new RecurrenceFinder(0.2, 5);
  }

  /** Candidates most like {@code current} first; the current incident itself is never one. */
  public List<Recurrence> find(IncidentProfile current, List<IncidentProfile> candidates) {
    Map<String, Integer> documentFrequency = new HashMap<>();
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    Map<String, String> words = new HashMap<>();
    Map<String, Integer> currentCounts = countTerms(current, words);
    countDocument(currentCounts, documentFrequency);
    for (IncidentProfile candidate : candidates) {
      if (!candidate.key().equals(current.key())) {
        Map<String, Integer> candidateCounts = countTerms(candidate, new HashMap<>());
        counts.put(candidate.key(), candidateCounts);
        countDocument(candidateCounts, documentFrequency);
      }
    }
    int documents = counts.size() + 1;
    Map<String, Double> currentVector = weigh(currentCounts, documentFrequency, documents);
    List<Recurrence> found = new ArrayList<>();
    for (IncidentProfile candidate : candidates) {
      Map<String, Integer> candidateCounts = counts.get(candidate.key());
      if (candidateCounts == null) {
        continue;
      }
      Map<String, Double> vector = weigh(candidateCounts, documentFrequency, documents);
      Recurrence recurrence = compare(current, currentVector, candidate, vector, words);
      if (recurrence.score() >= minimumScore) {
        found.add(recurrence);
      }
    }
    found.sort(
        Comparator.comparingDouble(Recurrence::score).reversed().thenComparing(Recurrence::key));
    return found.size() > limit ? List.copyOf(found.subList(0, limit)) : List.copyOf(found);
  }

  /**
   * The words of the incident's summary that say most about it, as written, for a search that
   * fetches candidates: function words and numbers dropped, each stem once, at most {@code max}.
   * The longest words first, as a cheap stand-in for rarity before any candidate is known.
   */
  public static List<String> keywords(IncidentProfile profile, int max) {
    Map<String, String> byStem = new LinkedHashMap<>();
    for (Terms.Term term : Terms.of(profile.summary())) {
      byStem.putIfAbsent(term.stem(), term.word());
    }
    return byStem.values().stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .limit(max)
        .toList();
  }

  private static Map<String, Integer> countTerms(
      IncidentProfile profile, Map<String, String> words) {
    Map<String, Integer> counts = new HashMap<>();
    for (Terms.Term term : Terms.of(profile.summary())) {
      counts.merge(term.stem(), 2, Integer::sum);
      words.putIfAbsent(term.stem(), term.word());
    }
    for (Terms.Term term : Terms.of(profile.narrative())) {
      counts.merge(term.stem(), 1, Integer::sum);
      words.putIfAbsent(term.stem(), term.word());
    }
    return counts;
  }

  private static void countDocument(Map<String, Integer> counts, Map<String, Integer> frequency) {
    counts.keySet().forEach(term -> frequency.merge(term, 1, Integer::sum));
  }

  /** Sublinear term frequency times smoothed inverse document frequency, L2-normalised. */
  private static Map<String, Double> weigh(
      Map<String, Integer> counts, Map<String, Integer> frequency, int documents) {
    Map<String, Double> vector = new HashMap<>();
    double norm = 0;
    for (Map.Entry<String, Integer> entry : counts.entrySet()) {
      double idf = Math.log((1.0 + documents) / (1.0 + frequency.get(entry.getKey()))) + 1.0;
      double weight = (1.0 + Math.log(entry.getValue())) * idf;
      vector.put(entry.getKey(), weight);
      norm += weight * weight;
    }
    double length = Math.sqrt(norm);
    vector.replaceAll((term, weight) -> weight / length);
    return vector;
  }

  private static Recurrence compare(
      IncidentProfile current,
      Map<String, Double> currentVector,
      IncidentProfile candidate,
      Map<String, Double> vector,
      Map<String, String> words) {
    double cosine = 0;
    Map<String, Double> contributions = new HashMap<>();
    for (Map.Entry<String, Double> entry : currentVector.entrySet()) {
      Double other = vector.get(entry.getKey());
      if (other != null) {
        double contribution = entry.getValue() * other;
        cosine += contribution;
        contributions.put(entry.getKey(), contribution);
      }
    }
    List<String> sharedFacets = sharedFacets(current.facets(), candidate.facets());
    double score = cosine;
    if (!current.facets().isEmpty()) {
      double union = union(current.facets(), candidate.facets());
      score = TEXT_WEIGHT * cosine + (1 - TEXT_WEIGHT) * sharedFacets.size() / union;
    }
    List<String> sharedTerms =
        contributions.entrySet().stream()
            .sorted(
                Map.Entry.<String, Double>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(SHOWN_TERMS)
            .map(entry -> words.get(entry.getKey()))
            .toList();
    return new Recurrence(candidate.key(), Math.min(1.0, score), sharedFacets, sharedTerms);
  }

  private static List<String> sharedFacets(Set<String> mine, Set<String> theirs) {
    Set<String> theirsFolded = new HashSet<>();
    theirs.forEach(facet -> theirsFolded.add(fold(facet)));
    Set<String> shared = new TreeSet<>();
    for (String facet : mine) {
      if (theirsFolded.contains(fold(facet))) {
        shared.add(facet);
      }
    }
    return List.copyOf(shared);
  }

  private static double union(Set<String> mine, Set<String> theirs) {
    Set<String> all = new HashSet<>();
    mine.forEach(facet -> all.add(fold(facet)));
    theirs.forEach(facet -> all.add(fold(facet)));
    return all.size();
  }

  private static String fold(String facet) {
    return facet.trim().toLowerCase(Locale.ROOT);
  }
}
