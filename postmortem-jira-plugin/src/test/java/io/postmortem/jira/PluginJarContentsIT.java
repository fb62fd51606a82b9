package io.postmortem.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.stream.Stream;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Opens the packaged plugin jar (failsafe, after package). Named *IT to run at integration-test; it
 * needs no Jira, unlike the tests in src/test/java/it. Guards what would break an installation: a
 * stand-in or any Atlassian class shipped inside the app (it would shadow Jira's own), and manifest
 * headers a non-AMPS build must write itself.
 */
public class PluginJarContentsIT {

  private static final List<String> FORBIDDEN_PREFIXES =
      List.of("com/atlassian/", "com/opensymphony/", "net/java/ao/");
  private static final Path STAND_IN_CLASSES = Path.of("../atlassian-stand-ins/target/classes");

  private static Path jar;

  @BeforeClass
  public static void locateJar() {
    jar = Path.of(System.getProperty("plugin.jar", "target/postmortem-jira-plugin.jar"));
  }

  @Test
  public void jarContainsNoAtlassianOsWorkflowOrActiveObjectsClass() throws IOException {
    List<String> forbidden = new ArrayList<>();
    for (String entry : allEntries()) {
      if (FORBIDDEN_PREFIXES.stream()
          .anyMatch(p -> entry.substring(entry.indexOf('!') + 1).startsWith(p))) {
        forbidden.add(entry);
      }
    }

    assertEquals(List.of(), forbidden);
  }

  @Test
  public void jarContainsNoStandInClass() throws IOException {
    Set<String> standIns = standInClassFiles();
    assertFalse("stand-in classes not found in " + STAND_IN_CLASSES, standIns.isEmpty());

    List<String> shipped = new ArrayList<>();
    for (String entry : allEntries()) {
      if (standIns.contains(entry.substring(entry.indexOf('!') + 1))) {
        shipped.add(entry);
      }
    }

    assertEquals(List.of(), shipped);
  }

  @Test
  public void manifestNamesThePluginKeyAndAsksForASpringContext() throws IOException {
    String key = System.getProperty("plugin.key");

    Attributes main = manifest();

    assertEquals(key, main.getValue("Atlassian-Plugin-Key"));
    assertEquals(key, main.getValue("Bundle-SymbolicName"));
    assertEquals("*", main.getValue("Spring-Context"));
    assertEquals("2", main.getValue("Bundle-ManifestVersion"));
  }

  @Test
  public void manifestBundleVersionIsTheProjectVersionInOsgiForm() throws IOException {
    String osgiVersion = System.getProperty("plugin.version").replaceFirst("-", ".");

    Attributes main = manifest();

    assertEquals(osgiVersion, main.getValue("Bundle-Version"));
  }

  @Test
  public void packagedDescriptorHasItsPlaceholdersFilledIn() throws IOException {
    String descriptor;
    try (JarFile file = new JarFile(jar.toFile());
        InputStream in = file.getInputStream(file.getEntry("atlassian-plugin.xml"))) {
      descriptor = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertFalse("unfiltered ${...} in the packaged descriptor", descriptor.contains("${"));
  }

  private static Attributes manifest() throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      return file.getManifest().getMainAttributes();
    }
  }

  /** Entry names of the jar and, as "lib.jar!name", of every jar embedded in it. */
  private static List<String> allEntries() throws IOException {
    List<String> names = new ArrayList<>();
    try (JarFile file = new JarFile(jar.toFile())) {
      for (JarEntry entry : (Iterable<JarEntry>) file.stream()::iterator) {
        names.add(entry.getName());
        if (entry.getName().endsWith(".jar")) {
          try (InputStream in = file.getInputStream(entry)) {
            names.addAll(nestedEntries(entry.getName(), in.readAllBytes()));
          }
        }
      }
    }
    return names;
  }

  private static List<String> nestedEntries(String jarName, byte[] bytes) throws IOException {
    List<String> names = new ArrayList<>();
    try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(bytes))) {
      for (JarEntry e = in.getNextJarEntry(); e != null; e = in.getNextJarEntry()) {
        names.add(jarName + "!" + e.getName());
      }
    }
    return names;
  }

  private static Set<String> standInClassFiles() {
    Set<String> classes = new TreeSet<>();
    if (!Files.isDirectory(STAND_IN_CLASSES)) {
      return classes;
    }
    try (Stream<Path> files = Files.walk(STAND_IN_CLASSES)) {
      files
          .filter(f -> f.toString().endsWith(".class"))
          .forEach(f -> classes.add(STAND_IN_CLASSES.relativize(f).toString().replace('\\', '/')));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return classes;
  }
}
