package io.postmortem.core.language;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

/**
 * The plugin renders suggestions from message-keys.txt, so every key a phrase uses must be there.
 */
public class MessageKeysTest {
  @Test
  public void everySuggestionKeyIsListedWithEnglishAndGermanText() {
    Map<String, String[]> listed = new HashMap<>();
    for (String line : ResourceLines.read("message-keys.txt")) {
      String[] columns = line.split("\\|");
      listed.put(columns[0].trim(), columns);
    }
    Set<String> used =
        new HashSet<>(Set.of(PhraseBook.ADMIN_SUGGESTION, BlameModel.SUGGESTION_KEY));
    for (String language : List.of("en", "de")) {
      for (String line : ResourceLines.read("phrases_" + language + ".tsv")) {
        used.add(PhraseBook.KEY_PREFIX + line.split("\t")[2].trim());
      }
    }

    for (String key : used) {
      String[] columns = listed.get(key);
      assertTrue("missing " + key, columns != null);
      assertEquals(key, 3, columns.length);
      assertTrue(key, !columns[1].isBlank() && !columns[2].isBlank());
    }
    assertEquals("no unused keys", used, listed.keySet());
  }
}
