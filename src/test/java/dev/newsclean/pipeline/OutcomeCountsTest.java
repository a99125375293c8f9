package dev.newsclean.pipeline;

import static org.junit.Assert.assertEquals;

import dev.newsclean.model.Reject;
import dev.newsclean.model.Removal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.Test;

public class OutcomeCountsTest {

  private static OutcomeCounts bundle(int from, int to) {
    OutcomeCounts c = new OutcomeCounts();
    for (int i = from; i < to; i++) {
      c.removed(new Removal("id" + i, "f" + i, 1, "ad.marker", "Advertisement " + i));
      c.rejected(Reject.of("f" + i, Reject.Reason.EMPTY, "the file is empty"));
    }
    return c;
  }

  @Test
  public void mergedCountsAndExamplesDoNotDependOnTheOrder() {
    List<OutcomeCounts> bundles = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      bundles.add(bundle(i * 7, i * 7 + 7));
    }
    Report first = null;
    Random random = new Random(42);
    for (int round = 0; round < 5; round++) {
      Collections.shuffle(bundles, random);
      OutcomeCounts merged = new OutcomeCounts();
      for (OutcomeCounts b : bundles) {
        OutcomeCounts copy = bundle(0, 0).merge(b);
        merged.merge(copy);
      }
      Report report = Report.of(merged);
      if (first == null) {
        first = report;
      }
      assertEquals(first, report);
    }
    assertEquals(70L, (long) first.removedByRule().get("ad.marker"));
    assertEquals(OutcomeCounts.EXAMPLES, first.examples().removed().get("ad.marker").size());
    assertEquals(OutcomeCounts.EXAMPLES, first.examples().rejects().get("empty").size());
  }
}
