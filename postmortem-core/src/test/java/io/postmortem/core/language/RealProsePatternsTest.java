package io.postmortem.core.language;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

/**
 * Kinds of blame found in real postmortems (the dev split of the real-prose corpus) that the first
 * phrase list missed, and the system counterfactuals it flagged wrongly. Sentences are paraphrased,
 * not copied, so the report split stays untouched.
 */
public class RealProsePatternsTest {
  private final BlamelessLanguageScanner english =
      BlamelessLanguageScanner.forLanguage("en", List.of());

  private String flagged(String sentence) {
    List<LanguageFinding> findings = english.scan(sentence);
    assertEquals("one finding in: " + sentence, 1, findings.size());
    return findings.get(0).matchedText();
  }

  private void passes(String sentence) {
    assertEquals("no finding in: " + sentence, List.of(), english.scan(sentence));
  }

  @Test
  public void flagsHindsightStatedWithoutAModal() {
    assertEquals("In hindsight", flagged("In hindsight, merging on a Friday was a risky choice."));
    assertEquals("in retrospect", flagged("That rollout order was, in retrospect, wrong."));
  }

  @Test
  public void flagsAnOversightGivenAsTheCause() {
    assertEquals("oversight", flagged("Because of an oversight the old key stayed active."));
    assertEquals("oversights", flagged("Two oversights by the release team led to the loss."));
  }

  @Test
  public void leavesOversightInTheSenseOfGovernanceAlone() {
    passes("The oversight committee approved the new budget.");
    passes("The rollout happened under the oversight of the platform group.");
  }

  @Test
  public void flagsAnAccidentalHumanActGivenAsTheExplanation() {
    assertEquals(
        "inadvertently", flagged("The whole balance was inadvertently moved to the hot wallet."));
    assertEquals("mistakenly", flagged("An engineer mistakenly deleted the production namespace."));
  }

  @Test
  public void leavesAMachineThatActsMistakenlyAlone() {
    passes("The job was mistakenly marked as successful by the scheduler.");
    passes("The script accidentally matched every file in the folder.");
  }

  @Test
  public void flagsJudgmentsOfDecisionsAndPeople() {
    assertEquals("was probably unwise", flagged("Starting the deploy at 5pm was probably unwise."));
    assertEquals("an unwise decision", flagged("Merging first was an unwise decision."));
    assertEquals("bad decisions", flagged("Tired responders made bad decisions overnight."));
    assertEquals("Inexperienced", flagged("Inexperienced managers ran the migration."));
    assertEquals("Greedy", flagged("Greedy investors pushed for the launch."));
  }

  @Test
  public void flagsAPersonsWrongAssessmentOrMisconception() {
    assertEquals(
        "incorrectly assessed", flagged("We incorrectly assessed the change as harmless."));
    assertEquals("Misconceptions", flagged("Misconceptions about the failover order."));
  }

  @Test
  public void flagsOmissionsAndAbandonedDuties() {
    assertEquals("omitted to", flagged("We omitted to check the proxies before the release."));
    assertEquals(
        "abandoned their responsibilities",
        flagged("The vendor had abandoned their responsibilities by then."));
    assertEquals("refusal to engage", flagged("Their refusal to engage drove contributors away."));
  }

  @Test
  public void leavesCouldHaveAboutConsequencesAndLuckAlone() {
    passes("This bug could have put the funds of three vaults at risk.");
    passes("Without paging we could have noticed it much later than we did.");
    passes("It could have been far worse.");
  }

  @Test
  public void stillFlagsCouldHaveAboutWhatPeopleMightHaveDone() {
    assertEquals("could have", flagged("We could have rolled back sooner."));
    assertEquals("could have", flagged("The outage could have been avoided by smaller deploys."));
  }

  @Test
  public void leavesAHazardThatCouldHaveCausedHarmAlone() {
    passes(
        "This vulnerability could have put the funds of the yDAI, yTUSD and yUSD vaults at risk.");
  }

  @Test
  public void flagsShouldHaveWithAShortParticiple() {
    assertEquals("should have", flagged("The strategy should have used the virtual price."));
  }

  @Test
  public void leavesAMachineThatErroneouslyReportsAlone() {
    passes("This offset the erroneously reported profit after the migration.");
  }

  @Test
  public void flagsTheGuidesOtherKindsOfBlame() {
    assertEquals(
        "never have", flagged("The team should never have disabled the alert.").substring(7));
    assertEquals("ought not to have", flagged("We ought not to have merged it."));
    assertEquals("did not follow the runbook", flagged("The operator did not follow the runbook."));
    assertEquals("missed", flagged("The reviewers missed the extra flag."));
    assertEquals("caused by an engineer", flagged("The outage was caused by an engineer."));
    assertEquals("be more careful", flagged("We need to be more careful with deploys."));
    assertEquals("without checking", flagged("He restarted the primary without checking."));
    assertEquals("complacency", flagged("Years of calm bred complacency."));
  }

  @Test
  public void leavesMachinesThatMissOrSkipChecksAlone() {
    passes("The alert missed the spike.");
    passes("The script retried blindly.");
    passes("The job did not follow the redirect.");
  }

  @Test
  public void flagsPeopleWhoMissOrSkipChecks() {
    assertEquals("missed", flagged("The engineer missed the spike."));
    assertEquals("blindly", flagged("The operator retried blindly."));
  }

  @Test
  public void leavesAGenericStatementAboutOperatorErrorAlone() {
    passes("Any operator error is a symptom of a missing safeguard.");
  }

  @Test
  public void flagsOperatorErrorGivenAsTheCause() {
    assertEquals("operator error", flagged("The outage was caused by operator error."));
  }

  @Test
  public void leavesTalkAboutDeflectingBlameAlone() {
    passes("Providers often deflect blame onto their partners.");
  }

  @Test
  public void flagsBlameLaidOnSomeone() {
    assertEquals("blamed", flagged("Providers often blamed their partners."));
  }

  @Test
  public void everyNewFindingCarriesASuggestion() {
    for (String sentence :
        List.of(
            "In hindsight, it was risky.",
            "Due to an oversight the key stayed.",
            "It was mistakenly transferred.",
            "We incorrectly assessed it.")) {
      LanguageFinding finding = english.scan(sentence).get(0);
      assertTrue(finding.suggestionKey().startsWith("postmortem.language.suggestion."));
    }
  }

  @Test
  public void leavesALessonStatedAsAPresentTenseRuleAlone() {
    passes("Starting a long deploy at 5pm is probably inadvisable.");
  }

  @Test
  public void flagsTheSameJudgmentOfAPastDecision() {
    assertEquals(
        "was probably inadvisable",
        flagged("Starting a long deploy at 5pm was probably inadvisable."));
  }

  @Test
  public void leavesAnActivityThatOmitsAPathAlone() {
    passes("Testing covered the installer, omitting to check proxies.");
  }

  @Test
  public void flagsAPersonsJudgmentStatedInThePassive() {
    assertEquals(
        "was wrongly estimated", flagged("The proposal time was wrongly estimated in the vote."));
  }

  @Test
  public void flagsMissedToAsAnOmission() {
    assertEquals("Missed to", flagged("Missed to remove the cleanup step from the old script."));
  }

  @Test
  public void flagsAnActDoneByMistakeUnlessAMachineDidIt() {
    assertEquals("by mistake", flagged("The fee was changed by mistake to 100% in the upgrade."));
    passes("The script deleted them by mistake.");
  }

  @Test
  public void flagsNotFollowingTheProcedure() {
    assertEquals(
        "did not perform the best practices",
        flagged("Validators did not perform the best practices of recovering from backups."));
    assertEquals("runbook was not followed", flagged("The runbook was not followed that night."));
  }

  @Test
  public void flagsMistakesAttributedWithoutAPersonNoun() {
    assertEquals("manual error", flagged("The outage came from a manual error in the upgrade."));
    assertEquals("Mistakes were made", flagged("Mistakes were made during the cut-over."));
    assertEquals("our mistake", flagged("Skipping the canary was our mistake."));
    passes("Acknowledge our mistakes openly.");
  }

  @Test
  public void flagsAConditionOnWhatPeopleHadDone() {
    assertEquals("If we had", flagged("If we had tested on staging, the bug was obvious."));
    assertEquals(
        "if the operator had", flagged("It was obvious if the operator had checked the flag."));
    passes("If the cache had been warm, latency was fine.");
  }

  @Test
  public void leavesWhatTheDesignPromisedAlone() {
    passes("The minor version bump should not have caused the issue.");
    assertEquals("should not have", flagged("We should not have caused this outage."));
  }

  @Test
  public void leavesPossibilitiesAlone() {
    passes("There could have been an issue with some of the nodes.");
    passes("She set up a test to see what could have gone wrong.");
    passes("There are no items in the backlog that could have prevented this.");
  }

  @Test
  public void flagsWhatPeopleCouldHaveDoneToPreventIt() {
    assertEquals("could have", flagged("We could have prevented this."));
  }

  @Test
  public void leavesTheConsequenceOfAPathNotTakenAlone() {
    passes("We skipped the rollback the team proposed, as it would have caused worse issues.");
  }

  @Test
  public void flagsWhatThePathNotTakenWouldHaveAvoided() {
    assertEquals(
        "would have",
        flagged(
            "We skipped the rollback the team proposed, although it would have avoided the"
                + " outage."));
  }

  @Test
  public void leavesAChangeThatActsInadvertentlyAlone() {
    passes("The policy change inadvertently blocked access to the bucket.");
  }

  @Test
  public void flagsAPersonWhoActsInadvertently() {
    assertEquals(
        "inadvertently", flagged("An engineer inadvertently blocked access to the bucket."));
  }

  @Test
  public void flagsAJudgmentOfCare() {
    assertEquals("not thorough enough", flagged("The review was not thorough enough."));
    assertEquals("were not careful", flagged("They were not careful with the old keys."));
  }

  @Test
  public void leavesAThingThatActsInadvertentlyAloneEvenWhenItIsAPronounOrFarBack() {
    passes("This inadvertently stopped the archiving pipeline as well.");
    passes("The cleanup ran, and it accidentally removed the staging buckets.");
    passes(
        "A config change, meant to lower the load, inadvertently routed traffic to the old path.");
  }

  @Test
  public void stillFlagsAnAccidentalHumanActInThePassiveOrWithAPersonNearby() {
    assertEquals(
        "accidentally", flagged("The main database of the shop was accidentally dropped."));
    assertEquals(
        "inadvertently",
        flagged("During the migration window, we inadvertently removed the index."));
  }

  @Test
  public void leavesAProcessThatFailsToCatchAnIssueAlone() {
    passes("Our testing procedures failed to catch the broken installer.");
    assertEquals("failed to", flagged("The reviewer failed to catch the broken installer."));
  }

  @Test
  public void leavesBlameReportedFromAnotherTextAlone() {
    passes("The vendor's first statement blamed an upstream carrier for the outage.");
    assertEquals("blamed", flagged("The manager blamed the new hire for the outage."));
  }

  @Test
  public void flagsHasteGivenAsTheCauseOrAsAVerdictOnTheWork() {
    // Labelling guide G3; seen in three dev organisations (cosmos-hub, evmos, thebeebs).
    assertEquals("haste", flagged("Contributing factors: haste and unclear ownership."));
    assertEquals("rushed out", flagged("The platform group rushed out the schema change."));
    assertEquals("rush job", flagged("Honestly, the whole migration was a rush job."));
    assertEquals("was rushed", flagged("The billing rewrite was rushed."));
  }

  @Test
  public void leavesHurryingToRestoreServiceAndAcceleratedProcessesAlone() {
    passes("The on-call engineer rushed to restore the payment queue.");
    passes("A larger cache hastened the recovery of the replicas.");
    passes("We moved the rush-hour batch to the night window.");
  }

  @Test
  public void flagsAFailureToInformPeopleEvenWithTheSubjectLeftOut() {
    // Labelling guide G6: a list of what went wrong leaves the subject out.
    assertEquals(
        "Failed to proactively warn",
        flagged("Failed to proactively warn the support desk ahead of the cutover."));
    assertEquals(
        "failure to inform",
        flagged("What hurt most was the failure to inform the partner banks in time."));
  }

  @Test
  public void leavesAServiceThatFailsToNotifyAlone() {
    passes("Failed to proactively reconnect to the replica after the cutover.");
    passes("Failed to connect to the replica after the cutover.");
  }
}
