package io.postmortem.core.language;

import static io.postmortem.core.language.ClauseWords.afterAdverbs;
import static io.postmortem.core.language.ClauseWords.anyWithin;
import static io.postmortem.core.language.ClauseWords.hazardSubject;
import static io.postmortem.core.language.ClauseWords.outcomeFollows;
import static io.postmortem.core.language.ClauseWords.participleFollows;
import static io.postmortem.core.language.ClauseWords.possibilityNotHindsight;
import static io.postmortem.core.language.ClauseWords.subject;

import io.postmortem.core.language.ClauseWords.Subject;

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
   * As {@link #PARTICIPLE_NEXT}, unless a thing, not a person, "should not have caused" a
   * consequence: "the minor version bump should not have caused the issue" states what the design
   * promised; "this should have been caught" and "we should not have caused this" stay hindsight.
   */
  PARTICIPLE_NEXT_NOT_EXPECTATION,
  /**
   * As {@link #PARTICIPLE_NEXT}, unless the clause goes on to a consequence or to luck: "could have
   * put funds at risk", "could have been worse", "could have noticed it much later" describe where
   * we got lucky, which the practice asks for, not what people should have done; nor when it speaks
   * of a possibility ("there could have been an issue", "what could have gone wrong", "no item that
   * could have prevented it").
   */
  PARTICIPLE_NEXT_NOT_OUTCOME,
  /**
   * "mistakenly", "inadvertently", ... before a past verb, with a subject that is not a machine:
   * "the balance was inadvertently moved", "an engineer accidentally deleted"; "the job was
   * mistakenly marked" and "the script accidentally matched" describe a system, and so do a thing
   * pronoun right before the adverb ("this inadvertently blocked", "a change which accidentally
   * dropped") and, in the active voice, a machine that opens the clause when no nearer subject is
   * known ("an internal change, intended to reduce load, inadvertently reverted"); the passive
   * stays a human act ("a software change ... was mistakenly labeled", "had its data directory
   * accidentally deleted").
   */
  HUMAN_ACT_PAST_NEXT,
  /**
   * "oversight" as a lapse, not as supervision ("the oversight committee", "under the oversight").
   */
  OVERSIGHT_AS_CAUSE,
  /** Fires unless the nearest known subject is a machine ("the script blindly retried"). */
  NOT_MACHINE_SUBJECT,
  /**
   * Fires unless the clause's first person or machine noun is a machine: "the script deleted them
   * by mistake" is the script's doing, "the fee was changed by mistake" and "we deleted it by
   * mistake" are people's.
   */
  NOT_MACHINE_ACTOR,
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
  /**
   * As {@link #PERSON_SUBJECT}, but "would have liked/preferred" states a wish and "would have
   * caused/led to" a consequence (where we got lucky), not hindsight.
   */
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
  /**
   * As {@link #NO_MACHINE_NEARBY}, and not when the blaming is reported from a text or a response
   * ("their initial response blamed a peering partner", "the statement blames the vendor"): the
   * sentence quotes someone else's blame, it does not blame.
   */
  NOT_REPORTED_NO_MACHINE_NEARBY,
  /** "'s fault" is personal unless the possessor is a machine ("the disk's fault"). */
  NOT_AFTER_MACHINE,
  /**
   * "if only"/"wenn nur" before a number or article is a quantity ("if only one replica is up").
   */
  NOT_BEFORE_QUANTITY;

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
      case PARTICIPLE_NEXT_NOT_EXPECTATION ->
          participleFollows(tokens, end, clause, lexicon)
              && !(outcomeFollows(tokens, end, clause, lexicon)
                  && subject(tokens, first, clause, lexicon) != Subject.PERSON);
      case PARTICIPLE_NEXT_NOT_OUTCOME ->
          participleFollows(tokens, end, clause, lexicon)
              && !anyWithin(tokens, end, clause, OUTCOME_WINDOW, WordSet.OUTCOMES, lexicon)
              && !(hazardSubject(tokens, first, clause, lexicon)
                  && !"been".equals(afterAdverbs(tokens, end, clause, lexicon)))
              && !possibilityNotHindsight(tokens, first, clause, lexicon);
      case HUMAN_ACT_PAST_NEXT -> humanActPastFollows(tokens, first, end, clause, lexicon);
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
      case NOT_MACHINE_ACTOR ->
          ClauseWords.clauseSubject(tokens, first, clause, lexicon) != Subject.MACHINE;
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
            && (verb == null || !lexicon.has(WordSet.WISHES, verb))
            && !outcomeFollows(tokens, end, clause, lexicon);
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
      case NO_MACHINE_NEARBY -> ClauseWords.noMachineNearby(tokens, first, end, clause, lexicon);
      case NOT_REPORTED_NO_MACHINE_NEARBY ->
          ClauseWords.noMachineNearby(tokens, first, end, clause, lexicon)
              && !ClauseWords.reportedBefore(tokens, first, clause, lexicon);
      default -> throw new IllegalStateException("guard " + this + " is handled in allows");
    };
  }

  /**
   * A past verb after the adverb, and an actor that is not a thing: no machine subject, no thing
   * pronoun right before, and, in the active voice, no machine opening the clause when no nearer
   * subject is known.
   */
  private static boolean humanActPastFollows(
      TokenStream tokens, int first, int end, int clause, Lexicon lexicon) {
    String verb = afterAdverbs(tokens, end, clause, lexicon);
    String before = tokens.inClause(first - 1, clause);
    Subject subject = subject(tokens, first, clause, lexicon);
    return subject != Subject.MACHINE
        && (before == null || !lexicon.has(WordSet.THING_PRONOUNS, before))
        && !(subject == Subject.UNKNOWN
            && !ClauseWords.anyBefore(tokens, first, clause, WordSet.PASSIVE_AUXILIARIES, lexicon)
            && ClauseWords.clauseSubject(tokens, first, clause, lexicon) == Subject.MACHINE)
        && verb != null
        && (lexicon.has(WordSet.PAST_TENSE, verb)
            || lexicon.has(WordSet.PARTICIPLES, verb)
            || lexicon.endsWithAny(WordSet.PAST_SUFFIXES, verb));
  }

  /** A past-tense verb that is not a positive action ("broke", not "fixed"). */
  private static boolean blameworthyPastFollows(String verb, Lexicon lexicon) {
    return verb != null
        && !lexicon.has(WordSet.POSITIVE_ACTIONS, verb)
        && (lexicon.has(WordSet.PAST_TENSE, verb)
            || lexicon.endsWithAny(WordSet.PAST_SUFFIXES, verb));
  }
}
