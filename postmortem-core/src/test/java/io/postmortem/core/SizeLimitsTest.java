package io.postmortem.core;

import static org.junit.Assert.assertEquals;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.Test;

/**
 * Keeps the core readable as STYLE.md asks ("small classes"): no main source file over {@value
 * #MAX_CLASS_LINES} lines and no method or constructor over {@value #MAX_METHOD_LINES} lines,
 * counted from its first line (annotations and signature) to its closing brace. The sources are
 * parsed with the JDK's own compiler API, so comments, strings and lambdas cannot fool the count.
 */
public class SizeLimitsTest {

  static final int MAX_CLASS_LINES = 250;
  static final int MAX_METHOD_LINES = 40;

  // Surefire runs with the module directory as working directory.
  private static final Path MAIN = Path.of("src/main/java");

  @Test
  public void noMainClassIsLongerThanTheLimit() throws IOException {
    List<String> tooLong = new ArrayList<>();
    for (Path file : sources()) {
      long lines = Files.readAllLines(file).size();
      if (lines > MAX_CLASS_LINES) {
        tooLong.add(MAIN.relativize(file) + " has " + lines + " lines");
      }
    }

    assertEquals(List.of(), tooLong);
  }

  @Test
  public void noMethodIsLongerThanTheLimit() throws IOException {
    assertEquals(List.of(), longMethods(sources(), MAX_METHOD_LINES));
  }

  @Test
  public void countsAMethodFromItsSignatureToItsClosingBrace() throws IOException {
    Path dir = Files.createTempDirectory("size-limits");
    Path file = dir.resolve("Sample.java");
    Files.writeString(
        file,
        "class Sample {\n"
            + "  void shortOne() {\n"
            + "    int a = 1;\n"
            + "  }\n"
            + "\n"
            + "  void longOne() {\n"
            + "    int a = 1;\n"
            + "    int b = 2;\n"
            + "    Runnable r = () -> {\n"
            + "      int c = 3;\n"
            + "    };\n"
            + "  }\n"
            + "}\n");

    List<String> found = longMethods(List.of(file), 3);

    assertEquals(List.of("Sample.java: longOne has 7 lines"), found);
  }

  private static List<Path> sources() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
  }

  private static List<String> longMethods(List<Path> files, int limit) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    List<String> tooLong = new ArrayList<>();
    try (StandardJavaFileManager manager = compiler.getStandardFileManager(null, null, null)) {
      Iterable<? extends JavaFileObject> units = manager.getJavaFileObjectsFromPaths(files);
      JavacTask task =
          (JavacTask) compiler.getTask(null, manager, null, List.of("-proc:none"), null, units);
      SourcePositions positions = Trees.instance(task).getSourcePositions();
      for (CompilationUnitTree unit : task.parse()) {
        LineMap lines = unit.getLineMap();
        String name = Path.of(unit.getSourceFile().toUri()).getFileName().toString();
        new TreeScanner<Void, Void>() {
          @Override
          public Void visitMethod(MethodTree method, Void unused) {
            long first = lines.getLineNumber(positions.getStartPosition(unit, method));
            long last = lines.getLineNumber(positions.getEndPosition(unit, method));
            if (method.getBody() != null && last - first + 1 > limit) {
              tooLong.add(name + ": " + method.getName() + " has " + (last - first + 1) + " lines");
            }
            return super.visitMethod(method, unused);
          }
        }.scan(unit, null);
      }
    }
    return tooLong;
  }
}
