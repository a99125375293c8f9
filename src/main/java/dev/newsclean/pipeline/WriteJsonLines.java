package dev.newsclean.pipeline;

import dev.newsclean.io.Json;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Writes values as JSON Lines files {@code <folder>/<name>-SSSSS-of-NNNNN.jsonl}, or as the single
 * file {@code <folder>/<name>.json} when {@code single} is set. An empty collection still writes
 * its (empty) file, so every run leaves the same set of outputs.
 */
public final class WriteJsonLines<T> extends PTransform<PCollection<T>, PDone> {

  private final String folder;
  private final String name;
  private final boolean single;

  private WriteJsonLines(String folder, String name, boolean single) {
    this.folder = folder;
    this.name = name;
    this.single = single;
  }

  public static <T> WriteJsonLines<T> shards(String folder, String name) {
    return new WriteJsonLines<>(folder, name, false);
  }

  public static <T> WriteJsonLines<T> singleFile(String folder, String name) {
    return new WriteJsonLines<>(folder, name, true);
  }

  @Override
  public PDone expand(PCollection<T> values) {
    TextIO.Write write = TextIO.write().to(folder + "/" + name).withSuffix(single ? ".json" : ".jsonl");
    if (single) {
      write = write.withoutSharding();
    }
    return values.apply("ToJson", MapElements.into(TypeDescriptors.strings()).via(Json::line)).apply("WriteFiles", write);
  }
}
