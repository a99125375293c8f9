package dev.newsclean.pipeline;

import java.io.Serializable;

/**
 * What the previous run knew of an input: the hash of its bytes, the code that cleaned it, the run
 * it was first read in, and its size and modification time then (-1 and 0 when the state does not
 * say: an entry written before they were kept).
 */
record PriorInput(String hash, String code, long since, long size, long modified)
    implements Serializable {

  /**
   * Whether {@code file} has the size and modification time this entry recorded, so that its bytes
   * can be taken as the same without reading them (the quick check of rsync and of git's index).
   */
  boolean sameStat(long fileSize, long fileModified) {
    return hash != null
        && !hash.isEmpty()
        && modified > 0
        && fileModified == modified
        && fileSize == size;
  }
}
