package io.postmortem.jira.testing;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;

/**
 * The databases the store tests run on, each started once per test JVM and shared by every test: an
 * embedded PostgreSQL (real server binaries, what most Jira Data Center sites run) and H2. Active
 * Objects talks to them with Atlassian's name converters, so tables and columns are named exactly
 * as in Jira ({@code AO_0A1B2C_OWNER_CONFIRM.ISSUE_ID}).
 */
public enum TestDatabase {
  POSTGRESQL {
    @Override
    EntityManager start() throws IOException {
      EmbeddedPostgres server = EmbeddedPostgres.builder().start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> close(server)));
      return build(server.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", "public");
    }
  },
  H2 {
    @Override
    EntityManager start() {
      return build("jdbc:h2:mem:postmortem;DB_CLOSE_DELAY=-1", "sa", "", "PUBLIC");
    }
  };

  static {
    // Jira runs plugin transactions on its own pooled connections at the database's default
    // isolation, read committed; Active Objects alone would make every transaction serializable.
    System.setProperty("ao.transaction.isolation.level", "TRANSACTION_READ_COMMITTED");
  }

  /** What Jira derives from our plugin key; any six hex digits behave the same. */
  public static final String TABLE_PREFIX = "AO_0A1B2C_";

  private EntityManager entityManager;
  private boolean schemaCurrent;
  private final Set<String> statements = new ConcurrentSkipListSet<>();

  abstract EntityManager start() throws IOException;

  /** The database's entity manager, started on first use. */
  public synchronized EntityManager entityManager() {
    if (entityManager == null) {
      try {
        entityManager = start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      entityManager.getProvider().addSqlListener(statements::add);
      Runtime.getRuntime().addShutdownHook(new Thread(this::writeStatements));
    }
    return entityManager;
  }

  /** Every distinct SQL statement the tests ran here, in target/sql/, for the record. */
  private void writeStatements() {
    try {
      Path file = Path.of("target", "sql", name().toLowerCase(Locale.ROOT) + ".sql");
      Files.createDirectories(file.getParent());
      Files.write(file, statements);
    } catch (IOException e) {
      // Only a record; the tests already passed or failed.
    }
  }

  /**
   * Leaves the current schema with no rows. The schema is built once by the shipped upgrade tasks
   * and then only emptied, which is far cheaper than building it per test; after {@link
   * #dropTables()} the next call builds it again.
   */
  public synchronized void emptyCurrentSchema(ActiveObjects ao) {
    if (!schemaCurrent) {
      dropTables();
      AoModule.shipped().upgrade(ao, null);
      schemaCurrent = true;
    } else {
      forEachTable("DELETE FROM ");
    }
  }

  /** Drops every table of the app, for tests that build an older schema themselves. */
  public synchronized void dropTables() {
    schemaCurrent = false;
    forEachTable("DROP TABLE ");
  }

  private void forEachTable(String statementPrefix) {
    EntityManager em = entityManager();
    em.flushAll();
    try (Connection connection = em.getProvider().getConnection();
        Statement statement = connection.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rows =
          connection.getMetaData().getTables(null, null, "AO\\_%", new String[] {"TABLE"})) {
        while (rows.next()) {
          tables.add(rows.getString("TABLE_NAME"));
        }
      }
      for (String table : tables) {
        if (table.toUpperCase(Locale.ROOT).startsWith(TABLE_PREFIX)) {
          statement.executeUpdate(statementPrefix + em.getProvider().quote(table));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    em.flushAll();
  }

  private static EntityManager build(String url, String user, String password, String schema) {
    return EntityManagerBuilder.url(url)
        .username(user)
        .password(password)
        .schema(schema)
        .auto()
        .tableNameConverter(new AtlassianTableNameConverter(name -> TABLE_PREFIX + name))
        .fieldNameConverter(new AtlassianFieldNameConverter())
        .sequenceNameConverter(new AtlassianSequenceNameConverter())
        .triggerNameConverter(new AtlassianTriggerNameConverter())
        .indexNameConverter(new AtlassianIndexNameConverter())
        .uniqueNameConverter(new AtlassianUniqueNameConverter())
        .build();
  }

  private static void close(EmbeddedPostgres server) {
    try {
      server.close();
    } catch (IOException e) {
      // The JVM is exiting; the server's data directory is temporary.
    }
  }
}
