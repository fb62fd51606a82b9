package io.postmortem.core.language;

/**
 * One entry of a phrase list, with the checks that decide whether a match is really blameful.
 *
 * @param literalCount words the pattern fixes; when several phrases match at one place, the most
 *     specific (most fixed words) is tried first
 */
record Phrase(
    PhraseCategory category,
    String suggestionKey,
    Guard guard,
    NegationScope negation,
    int literalCount,
    String pattern) {}
