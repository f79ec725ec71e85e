package org.factpress.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Once a page failed, the pages not yet begun are not rendered: the build stops, and nothing more is written. */
class WorkersTest {
    @Test
    void afterAFailureTheJobsNotBegunAreSkipped() {
        List<Integer> pages = IntStream.range(0, 2000).boxed().toList();
        AtomicInteger ran = new AtomicInteger();
        try (Workers workers = new Workers(2)) {
            IOException e = assertThrows(IOException.class, () -> workers.forEach(pages, page -> {
                if (ran.incrementAndGet() == 1) {
                    throw new IOException("the first page failed");
                }
                try {
                    Thread.sleep(1);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertEquals("the first page failed", e.getMessage());
        }
        assertTrue(ran.get() < pages.size() / 2, ran.get() + " of " + pages.size() + " pages ran after the first failed");
    }
}
