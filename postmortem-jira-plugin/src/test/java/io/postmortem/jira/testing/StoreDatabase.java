package io.postmortem.jira.testing;

import com.atlassian.activeobjects.external.ActiveObjects;

/**
 * Real stores for tests outside this package (REST resources, reminders): an empty H2 database with
 * the app's current schema behind Active Objects' own SQL, instead of a mocked ActiveObjects that
 * would answer whatever a query says.
 */
public final class StoreDatabase {
  private StoreDatabase() {}

  /** Active Objects on H2, every table of the current schema empty. */
  public static ActiveObjects emptyH2() {
    ActiveObjects ao = new EntityManagerActiveObjects(TestDatabase.H2.entityManager());
    TestDatabase.H2.emptyCurrentSchema(ao);
    return ao;
  }
}
