package dev.newsclean.pipeline;

import dev.newsclean.extract.PlainText;
import dev.newsclean.model.Document;
import dev.newsclean.model.Metadata;
import dev.newsclean.model.Reject;
import dev.newsclean.model.Removal;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.Rule;
import org.junit.Test;

public class CleanDocumentsTest {

  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  private static final String P1 = "The minister said on Tuesday that the talks with the other side would continue for as long as it takes, and that both had agreed to meet again.";
  private static final String P2 = "Officials from both delegations confirmed that a second round of negotiations was planned for the spring, when the roads to the capital reopen.";

  private static Document doc(String source, String text) {
    return PlainText.toDocument(source, text, "text", Metadata.EMPTY);
  }

  @Test
  public void cleansArticlesLogsRemovalsAndRejectsEmptyPages() {
    PCollectionTuple out =
        pipeline
            .apply("Documents", Create.of(doc("a.txt", P1 + "\nAdvertisement\n" + P2), doc("b.txt", "Advertisement\nShare"))
                .withCoder(SerializableCoder.of(Document.class)))
            .apply("Clean", new CleanDocuments(false));

    PAssert.that(out.get(CleanDocuments.ARTICLES).apply("ArticleText", MapElements.into(TypeDescriptors.strings()).via(a -> a.source() + ": " + a.text())))
        .containsInAnyOrder("a.txt: " + P1 + "\n\n" + P2);
    PAssert.that(out.get(CleanDocuments.REMOVED).apply("RemovalKey", MapElements.into(TypeDescriptors.strings()).via((Removal r) -> r.source() + ":" + r.line() + ":" + r.rule())))
        .containsInAnyOrder("a.txt:2:ad.marker", "b.txt:1:ad.marker", "b.txt:2:share.social");
    PAssert.that(out.get(CleanDocuments.REJECTS))
        .containsInAnyOrder(Reject.of("b.txt", Reject.Reason.NO_TEXT, "no article text left after cleaning 2 lines"));
    pipeline.run().waitUntilFinish();
  }
}
