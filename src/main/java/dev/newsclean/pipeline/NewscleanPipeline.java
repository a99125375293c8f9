package dev.newsclean.pipeline;

import dev.newsclean.model.Document;
import dev.newsclean.model.Reject;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;

/**
 * The newsclean pipeline, wiring only: read the scrapes, clean them, write records, removals,
 * rejects and the report. Each step is a named composite with its logic in plain classes.
 */
public final class NewscleanPipeline {

  private NewscleanPipeline() {}

  /** Adds the whole pipeline to {@code pipeline}, writing into {@code options.getOutput()}. */
  public static void build(Pipeline pipeline, NewscleanOptions options) {
    String out = options.getOutput();
    PCollectionTuple read = pipeline.apply("ReadDocuments", new ReadDocuments(InputRoot.of(options.getInput()), ReadDocuments.ExtractSettings.of(options)));
    PCollection<Document> documents = read.get(ReadDocuments.DOCUMENTS);
    PCollectionTuple cleaned = documents.apply("CleanDocuments", new CleanDocuments(options.getFoldTypography()));

    PCollection<Reject> rejects =
        PCollectionList.of(read.get(ReadDocuments.REJECTS))
            .and(cleaned.get(CleanDocuments.REJECTS))
            .apply("AllRejects", Flatten.pCollections());

    cleaned.get(CleanDocuments.ARTICLES).apply("WriteRecords", WriteJsonLines.shards(out, "records"));
    cleaned.get(CleanDocuments.REMOVED).apply("WriteRemoved", WriteJsonLines.shards(out, "removed"));
    rejects.apply("WriteRejects", WriteJsonLines.shards(out, "rejects"));

    PCollectionList.of(BuildReport.recordKeys(cleaned.get(CleanDocuments.ARTICLES)))
        .and(BuildReport.rejectKeys("RejectKeys", rejects))
        .and(BuildReport.skipKeys(read.get(ReadDocuments.SKIPPED)))
        .and(BuildReport.removalKeys(cleaned.get(CleanDocuments.REMOVED)))
        .apply("BuildReport", new BuildReport())
        .apply("WriteReport", WriteJsonLines.singleFile(out, "report"));
  }

  /** Builds and runs the pipeline, waiting for it to finish. */
  public static PipelineResult run(NewscleanOptions options) {
    Pipeline pipeline = Pipeline.create(options);
    build(pipeline, options);
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    return result;
  }
}
