package io.postmortem.jira.rest;

import static org.junit.Assert.assertTrue;

import io.postmortem.jira.application.http.RestErrors;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Properties;
import org.junit.Test;

/** Every message key the REST layer can answer with exists in the English and German bundles. */
public class RestMessagesTest {

  private static final List<Class<?>> KEY_HOLDERS =
      List.of(RestErrors.class, RequestFields.class, OwnershipResource.class, RiskApprovers.class);

  @Test
  public void everyRestMessageKeyIsInBothBundles() throws Exception {
    Properties en = load("/i18n/postmortem.properties");
    Properties de = load("/i18n/postmortem_de.properties");
    for (Class<?> holder : KEY_HOLDERS) {
      for (Field field : holder.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) && field.getName().startsWith("KEY_")) {
          field.setAccessible(true);
          String key = (String) field.get(null);
          assertTrue(key + " missing in English", en.containsKey(key));
          assertTrue(key + " missing in German", de.containsKey(key));
        }
      }
    }
    for (String key :
        List.of(
            "postmortem.timeline.suggestion.status", "postmortem.timeline.suggestion.comment")) {
      assertTrue(key, en.containsKey(key) && de.containsKey(key));
    }
  }

  private static Properties load(String path) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = RestMessagesTest.class.getResourceAsStream(path)) {
      properties.load(in);
    }
    return properties;
  }
}
