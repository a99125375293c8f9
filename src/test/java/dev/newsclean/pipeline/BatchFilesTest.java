package dev.newsclean.pipeline;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.Test;

public class BatchFilesTest {

  @Test
  public void aFoldersFilesGoToAsFewBucketsAsItsSizeNeeds() {
    Set<Integer> big = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      big.add(BatchFiles.bucket("bbc.co.uk", "/in/bbc.co.uk/page-" + i + ".html", 1000, 50, 200));
    }
    assertEquals("1,000 files at 200 a batch: five buckets", 5, big.size());

    Set<Integer> small = new HashSet<>();
    for (int i = 0; i < 30; i++) {
      small.add(BatchFiles.bucket("tiny.example", "/in/tiny.example/p" + i + ".txt", 30, 50, 200));
    }
    assertEquals("a small folder stays in one bucket", 1, small.size());
  }

  @Test
  public void bucketsStayInRangeWhenAFolderIsLargerThanTheCorpusSpread() {
    for (int i = 0; i < 500; i++) {
      int b = BatchFiles.bucket("huge", "/in/huge/" + i, 1_000_000, 7, 200);
      assertTrue(b >= 0 && b < 7);
    }
    assertEquals(0, BatchFiles.bucket("", "/in/loose.txt", 1, 1, 200));
  }
}
