package dev.newsclean.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Peak heap while it runs: sampled every 20 ms, the largest heap right after any GC, and the
 * largest live heap (after a full GC every 5 s). {@link #stop} returns the three, in bytes.
 */
public final class HeapWatch {
  private static final long LIVE_EVERY_NANOS = 5_000_000_000L;
  private final AtomicLong sampled = new AtomicLong();
  private final AtomicLong live = new AtomicLong();
  private final AtomicLong afterGc = new AtomicLong();
  private final Thread sampler;
  private volatile boolean running = true;
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final javax.management.NotificationListener listener;

  private HeapWatch() {
    listener =
        (notification, handback) -> {
          if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
              notification.getType())) {
            return;
          }
          var info =
              GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
          long used =
              info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                  .mapToLong(MemoryUsage::getUsed)
                  .sum();
          afterGc.accumulateAndGet(used, Math::max);
        };
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(listener, null, null);
        emitters.add(emitter);
      }
    }
    sampler =
        new Thread(
            () -> {
              long lastFull = System.nanoTime();
              while (running) {
                sampled.accumulateAndGet(
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                if (System.nanoTime() - lastFull > LIVE_EVERY_NANOS) {
                  // A young collection leaves old garbage in place; only a full one shows what is
                  // live.
                  System.gc();
                  live.accumulateAndGet(
                      ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                      Math::max);
                  lastFull = System.nanoTime();
                }
                try {
                  Thread.sleep(20);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  public static HeapWatch start() {
    return new HeapWatch();
  }

  public long[] stop() throws Exception {
    running = false;
    sampler.join();
    for (NotificationEmitter emitter : emitters) {
      emitter.removeNotificationListener(listener);
    }
    return new long[] {sampled.get(), afterGc.get(), live.get()};
  }
}
