package io.postmortem.jira.testing;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.Arrays;
import java.util.List;
import org.junit.Before;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * Base of the store tests: each test runs once on PostgreSQL and once on H2, on a database whose
 * schema the app's own upgrade tasks just built, through Active Objects' real SQL.
 */
@RunWith(Parameterized.class)
public abstract class DatabaseTest {

  protected final TestDatabase database;
  protected final ActiveObjects ao;

  protected DatabaseTest(TestDatabase database) {
    this.database = database;
    this.ao = new EntityManagerActiveObjects(database.entityManager());
  }

  @Parameters(name = "{0}")
  public static List<TestDatabase> databases() {
    return Arrays.asList(TestDatabase.values());
  }

  @Before
  public void emptyDatabaseWithTheCurrentSchema() {
    database.emptyCurrentSchema(ao);
  }
}
