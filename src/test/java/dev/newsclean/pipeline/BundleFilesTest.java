package dev.newsclean.pipeline;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Temp files named after what went into them, so that a step computed again agrees with itself. */
public class BundleFilesTest {

  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void aKeyDoesNotDependOnTheOrderOfItsElements() {
    ContentKey ab = new ContentKey();
    ab.add("a.txt");
    ab.add("b.txt");
    ContentKey ba = new ContentKey();
    ba.add("b.txt");
    ba.add("a.txt");
    assertEquals(ab.value(), ba.value());
    assertNotEquals(ab.value(), ContentKey.of("a.txt"));
    assertNotEquals(ContentKey.of("a.txt"), ContentKey.of("b.txt"));
    assertEquals(32, ab.value().length());
  }

  @Test
  public void aSecondAttemptWritesTheSameFileUnderTheSameName() throws Exception {
    String dir = tmp.getRoot().toString();
    List<Shard> first = write(dir, "one", "two");
    List<Shard> second = write(dir, "one", "two");
    assertEquals(first, second);
    assertEquals(
        List.of(new Shard(CleanFiles.RECORDS, BundleFiles.path(dir, CleanFiles.RECORDS, "k"), 2)),
        first);
    assertEquals(
        List.of("one", "two"),
        Files.readAllLines(Path.of(first.get(0).path()), StandardCharsets.UTF_8));
    try (Stream<Path> files = Files.list(tmp.getRoot().toPath())) {
      assertEquals("no attempt's file left behind", 1, files.count());
    }
  }

  @Test
  public void nothingWrittenGivesNoFile() throws Exception {
    assertEquals(List.of(), new BundleFiles(tmp.getRoot().toString(), null, null).close("k"));
  }

  private static List<Shard> write(String dir, String... lines) throws Exception {
    BundleFiles files = new BundleFiles(dir, null, null);
    for (String line : lines) {
      files.copy(CleanFiles.RECORDS, line);
    }
    return files.close("k");
  }
}
