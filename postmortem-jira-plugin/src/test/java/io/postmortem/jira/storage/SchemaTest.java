package io.postmortem.jira.storage;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import net.java.ao.RawEntity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Table;
import org.junit.Test;

/**
 * Checks of the schema rules Atlassian's Active Objects enforces only at install time in a real
 * Jira: the 30-character table name ({@code AO_} + 6 hex + {@code _} + UPPER_UNDERSCORE name), an
 * index on every issue id, and entities that never leave the storage package.
 */
public class SchemaTest {

  @Test
  public void everyTableNameFitsActiveObjectsThirtyCharacterLimit() {
    for (Class<? extends RawEntity<?>> entity : SchemaV3UpgradeTask.ENTITIES) {
      Table table = entity.getAnnotation(Table.class);
      assertNotNull(entity + " needs an explicit @Table", table);
      String name = "AO_0A1B2C_" + upperUnderscore(table.value());
      assertTrue(name + " is longer than 30 characters", name.length() <= 30);
    }
  }

  @Test
  public void everyIssueOrProjectIdColumnIsIndexed() {
    for (Class<? extends RawEntity<?>> entity : SchemaV3UpgradeTask.ENTITIES) {
      // Entities keyed by a user (the reminder ledger) have no issue or project id to index.
      Arrays.stream(entity.getMethods())
          .filter(m -> m.getName().equals("getIssueId") || m.getName().equals("getProjectId"))
          .findFirst()
          .ifPresent(
              id -> assertNotNull(entity + "." + id.getName(), id.getAnnotation(Indexed.class)));
    }
  }

  @Test
  public void everyEntityOfThePackageIsInTheSchema() {
    long declared =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.postmortem.jira.storage")
                .stream()
                // Nested: frozen views of old schemas inside an upgrade task, never migrated.
                .filter(c -> c.isAssignableTo(RawEntity.class) && c.isInterface())
                .filter(c -> c.getEnclosingClass().isEmpty())
                .count();

    assertEquals(SchemaV3UpgradeTask.ENTITIES.size(), declared);
  }

  /** Atlassian's converter: "OwnerConfirm" becomes "OWNER_CONFIRM". */
  private static String upperUnderscore(String camel) {
    return Arrays.stream(camel.split("(?<=[a-z0-9])(?=[A-Z])"))
        .map(part -> part.toUpperCase(Locale.ROOT))
        .collect(Collectors.joining("_"));
  }
}
