package io.postmortem.core.language;

/**
 * Context checks that keep a phrase from firing where its words are not about blame. Each looks
 * only a few tokens around the match and never past the clause, so the scan stays linear.
 */
enum Guard {
  /** Always fires. */
  NONE,
  /** A person named right after the match: "Fehler des Kollegen", not "Fehler des Systems". */
  PERSON_NEXT,
  /**
   * "should/could have" + past participle is hindsight ("should have caught"); + a determiner or
   * "to" is possession or obligation ("each service should have an owner", "nobody should have to
   * wake up", "we could have an outage if…"). Adverbs in between are skipped; a clause that ends
   * right after the modal ("we could have.") counts as hindsight.
   */
  PARTICIPLE_NEXT,
  /**
   * As {@link #PARTICIPLE_NEXT}, unless the clause goes on to a consequence or to luck: "could have
   * put funds at risk", "could have been worse", "could have noticed it much later" describe where
   * we got lucky, which the practice asks for, not what people should have done.
   */
  PARTICIPLE_NEXT_NOT_OUTCOME,
  /**
   * "mistakenly", "inadvertently", ... before a past verb, with a subject that is not a machine:
   * "the balance was inadvertently moved", "an engineer accidentally deleted"; "the job was
   * mistakenly marked" and "the script accidentally matched" describe a system.
   */
  HUMAN_ACT_PAST_NEXT,
  /**
   * "oversight" as a lapse, not as supervision ("the oversight committee", "under the oversight").
   */
  OVERSIGHT_AS_CAUSE,
  /** Fires unless the nearest known subject is a machine ("the script blindly retried"). */
  NOT_MACHINE_SUBJECT,
  /**
   * A blame label used, not discussed: "any operator error is a symptom", "calling it human error".
   */
  NOT_AFTER_GENERIC,
  /**
   * The nearest known noun or pronoun in the four words before the match is a person ("they would
   * have noticed"); a machine noun ("a canary would have caught it") or no known word means the
   * sentence is about the system and does not fire.
   */
  PERSON_SUBJECT,
  /** As {@link #PERSON_SUBJECT}, but "would have liked/preferred" states a wish, not hindsight. */
  PERSON_SUBJECT_NO_WISH,
  /**
   * "failed to": fires for a person subject as above; with no known subject it fires only when the
   * next verb is a human act ("failed to escalate"), so "failed to start", "the job failed to run"
   * and "failed to connect" do not.
   */
  PERSON_OR_HUMAN_ACT,
  /**
   * "someone"/"jemand" fires only before a past-tense verb that is not credit ("someone deployed"
   * fires; "someone noticed", "we need someone to own this" do not).
   */
  BLAMEWORTHY_PAST_NEXT,
  /**
   * Fault words aimed at a machine nearby ("the cache is to blame", "Schuld war ein abgelaufenes
   * Zertifikat") name a cause, not a person; a person nearby wins ("we blame the database team").
   */
  NO_MACHINE_NEARBY,
  /** "'s fault" is personal unless the possessor is a machine ("the disk's fault"). */
  NOT_AFTER_MACHINE,
  /**
   * "if only"/"wenn nur" before a number or article is a quantity ("if only one replica is up").
   */
  NOT_BEFORE_QUANTITY;

  private static final int LOOK_BACK = 4;
  private static final int LOOK_AROUND = 3;
  private static final int OUTCOME_WINDOW = 8;

  boolean allows(TokenStream tokens, int first, int end, Lexicon lexicon) {
    int clause = tokens.clause(first);
    return switch (this) {
      case NONE -> true;
      case PERSON_NEXT -> {
        String next = tokens.inClause(end, clause);
        yield next != null && lexicon.has(WordSet.PERSONS, next);
      }
      case PARTICIPLE_NEXT -> participleFollows(tokens, end, clause, lexicon);
      case PARTICIPLE_NEXT_NOT_OUTCOME ->
          participleFollows(tokens, end, clause, lexicon)
              && !anyWithin(tokens, end, clause, OUTCOME_WINDOW, WordSet.OUTCOMES, lexicon)
              && !(hazardSubject(tokens, first, clause, lexicon)
                  && !"been".equals(afterAdverbs(tokens, end, clause, lexicon)));
      case HUMAN_ACT_PAST_NEXT -> {
        String verb = afterAdverbs(tokens, end, clause, lexicon);
        yield subject(tokens, first, clause, lexicon) != Subject.MACHINE
            && verb != null
            && (lexicon.has(WordSet.PAST_TENSE, verb)
                || lexicon.has(WordSet.PARTICIPLES, verb)
                || lexicon.endsWithAny(WordSet.PAST_SUFFIXES, verb));
      }
      case NOT_AFTER_MACHINE -> {
        String possessor = tokens.inClause(first - 1, clause);
        yield possessor == null || !lexicon.has(WordSet.MACHINES, possessor);
      }
      case NOT_BEFORE_QUANTITY -> {
        String next = tokens.inClause(end, clause);
        yield next == null
            || !lexicon.has(WordSet.QUANTITIES, next) && !Character.isDigit(next.charAt(0));
      }
      default -> allowsAroundSubject(tokens, first, end, clause, lexicon);
    };
  }

  /** The guards that look at the clause's subject or the words right around the phrase. */
  private boolean allowsAroundSubject(
      TokenStream tokens, int first, int end, int clause, Lexicon lexicon) {
    return switch (this) {
      case NOT_MACHINE_SUBJECT -> subject(tokens, first, clause, lexicon) != Subject.MACHINE;
      case OVERSIGHT_AS_CAUSE -> {
        String before = tokens.inClause(first - 1, clause);
        String after = tokens.inClause(end, clause);
        yield (before == null || !lexicon.has(WordSet.GOVERNANCE_BEFORE, before))
            && (after == null || !lexicon.has(WordSet.GOVERNANCE_AFTER, after));
      }
      case NOT_AFTER_GENERIC -> {
        String before = tokens.inClause(first - 1, clause);
        yield before == null || !lexicon.has(WordSet.GENERIC_MARKERS, before);
      }
      case PERSON_SUBJECT -> subject(tokens, first, clause, lexicon) == Subject.PERSON;
      case PERSON_SUBJECT_NO_WISH -> {
        String verb = tokens.inClause(end, clause);
        yield subject(tokens, first, clause, lexicon) == Subject.PERSON
            && (verb == null || !lexicon.has(WordSet.WISHES, verb));
      }
      case PERSON_OR_HUMAN_ACT -> {
        Subject subject = subject(tokens, first, clause, lexicon);
        String verb = tokens.inClause(end, clause);
        yield subject == Subject.PERSON
            || subject == Subject.UNKNOWN
                && verb != null
                && lexicon.has(WordSet.HUMAN_ACTIONS, verb);
      }
      case BLAMEWORTHY_PAST_NEXT -> blameworthyPastFollows(tokens.inClause(end, clause), lexicon);
      case NO_MACHINE_NEARBY -> machineNearby(tokens, first, end, clause, lexicon);
      default -> throw new IllegalStateException("guard " + this + " is handled in allows");
    };
  }

  /** A past-tense verb that is not a positive action ("broke", not "fixed"). */
  private static boolean blameworthyPastFollows(String verb, Lexicon lexicon) {
    return verb != null
        && !lexicon.has(WordSet.POSITIVE_ACTIONS, verb)
        && (lexicon.has(WordSet.PAST_TENSE, verb)
            || lexicon.endsWithAny(WordSet.PAST_SUFFIXES, verb));
  }

  private enum Subject {
    PERSON,
    MACHINE,
    UNKNOWN
  }

  private static Subject subject(TokenStream tokens, int first, int clause, Lexicon lexicon) {
    for (int k = 1; k <= LOOK_BACK; k++) {
      String token = tokens.inClause(first - k, clause);
      if (token == null) {
        break;
      }
      if (lexicon.has(WordSet.PERSONS, token)) {
        return Subject.PERSON;
      }
      if (lexicon.has(WordSet.MACHINES, token)) {
        return Subject.MACHINE;
      }
    }
    return Subject.UNKNOWN;
  }

  private static boolean anyWithin(
      TokenStream tokens, int end, int clause, int window, WordSet set, Lexicon lexicon) {
    for (int k = 0; k < window; k++) {
      String token = tokens.inClause(end + k, clause);
      if (token == null) {
        return false;
      }
      if (lexicon.has(set, token)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hazardSubject(TokenStream tokens, int first, int clause, Lexicon lexicon) {
    for (int k = 1; k <= LOOK_BACK; k++) {
      String token = tokens.inClause(first - k, clause);
      if (token == null || lexicon.has(WordSet.PERSONS, token)) {
        return false;
      }
      if (lexicon.has(WordSet.HAZARDS, token)) {
        return true;
      }
    }
    return false;
  }

  private static String afterAdverbs(TokenStream tokens, int end, int clause, Lexicon lexicon) {
    int at = end;
    String next = tokens.inClause(at, clause);
    while (next != null && lexicon.has(WordSet.ADVERBS, next) && at - end < LOOK_AROUND) {
      next = tokens.inClause(++at, clause);
    }
    return next;
  }

  private static boolean participleFollows(
      TokenStream tokens, int end, int clause, Lexicon lexicon) {
    int at = end;
    String next = tokens.inClause(at, clause);
    while (next != null && lexicon.has(WordSet.ADVERBS, next) && at - end < LOOK_AROUND) {
      next = tokens.inClause(++at, clause);
    }
    if (next == null) {
      return true;
    }
    if (isQuantity(next, lexicon)) {
      return false;
    }
    return lexicon.has(WordSet.PARTICIPLES, next)
        || lexicon.endsWithAny(WordSet.PARTICIPLE_SUFFIXES, next);
  }

  /** True when no machine noun is near, or a person noun is near as well. */
  private static boolean machineNearby(
      TokenStream tokens, int first, int end, int clause, Lexicon lexicon) {
    boolean machine = false;
    for (int k = 1; k <= LOOK_BACK; k++) {
      String before = tokens.inClause(first - k, clause);
      String after = tokens.inClause(end + k - 1, clause);
      for (String token : new String[] {before, after}) {
        if (token != null && lexicon.has(WordSet.PERSONS, token)) {
          return true;
        }
        machine |= token != null && lexicon.has(WordSet.MACHINES, token);
      }
    }
    return !machine;
  }

  private static boolean isQuantity(String word, Lexicon lexicon) {
    return lexicon.has(WordSet.DETERMINERS, word)
        || !word.isEmpty() && Character.isDigit(word.charAt(0));
  }
}
