package io.postmortem.jira.testing;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import net.java.ao.RawEntity;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The {@code <ao>} module of the shipped descriptor, applied to a database the way the AO plugin
 * does on start: every upgrade task newer than the database's model version, in order, then a
 * migration of every declared entity.
 */
public final class AoModule {
  public final List<Class<? extends RawEntity<?>>> entities = new ArrayList<>();
  public final List<ActiveObjectsUpgradeTask> upgradeTasks = new ArrayList<>();

  private AoModule() {}

  public static AoModule shipped() {
    AoModule module = new AoModule();
    try (InputStream in =
        AoModule.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
      Element ao =
          (Element)
              DocumentBuilderFactory.newInstance()
                  .newDocumentBuilder()
                  .parse(in)
                  .getElementsByTagName("ao")
                  .item(0);
      for (String name : texts(ao, "entity")) {
        module.entities.add(entityClass(name));
      }
      for (String name : texts(ao, "upgradeTask")) {
        module.upgradeTasks.add(
            (ActiveObjectsUpgradeTask) Class.forName(name).getDeclaredConstructor().newInstance());
      }
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the <ao> module", e);
    }
    return module;
  }

  /** Brings a database at {@code from} (null: empty) to the current model version. */
  public ModelVersion upgrade(ActiveObjects ao, ModelVersion from) {
    ModelVersion current = from == null ? ModelVersion.valueOf("0") : from;
    for (ActiveObjectsUpgradeTask task : upgradeTasks) {
      if (current.isOlderThan(task.getModelVersion())) {
        task.upgrade(current, ao);
        current = task.getModelVersion();
      }
    }
    migrateEntities(ao);
    return current;
  }

  @SuppressWarnings("unchecked")
  private void migrateEntities(ActiveObjects ao) {
    ao.migrate(entities.toArray(new Class[0]));
  }

  @SuppressWarnings("unchecked")
  private static Class<? extends RawEntity<?>> entityClass(String name)
      throws ClassNotFoundException {
    return (Class<? extends RawEntity<?>>) Class.forName(name);
  }

  private static List<String> texts(Element parent, String tag) {
    List<String> texts = new ArrayList<>();
    NodeList nodes = parent.getElementsByTagName(tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent().trim());
    }
    return texts;
  }
}
