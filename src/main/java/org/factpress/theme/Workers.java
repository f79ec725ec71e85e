package org.factpress.theme;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;

/**
 * The threads pages are rendered on. Each page depends only on the model, so pages render in any order and
 * the output is the same whatever the thread count.
 */
public final class Workers implements AutoCloseable {
    /** One page's work: may fail with a template or write error. */
    @FunctionalInterface
    public interface Job<T> {
        void run(T item) throws IOException, TemplateProblem;
    }

    private final ForkJoinPool pool;

    public Workers(int threads) {
        this.pool = new ForkJoinPool(Math.max(1, threads));
    }

    /** As many threads as the machine has cores. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** Runs {@code job} on every item, in parallel; the first failure is rethrown as it was. */
    public <T> void forEach(List<T> items, Job<T> job) throws IOException, TemplateProblem {
        call(() -> {
            items.parallelStream().forEach(item -> {
                try {
                    job.run(item);
                } catch (IOException | TemplateProblem e) {
                    throw new Failure(e);
                }
            });
            return null;
        });
    }

    /** Runs {@code work} inside the pool, so parallel streams in it use these threads. */
    public <R> R call(java.util.concurrent.Callable<R> work) throws IOException, TemplateProblem {
        Future<R> f = pool.submit(work);
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Failure failure) {
                cause = failure.getCause();
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof TemplateProblem t) {
                throw t;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * Stops the pool once what runs on it ended: after a failure, other pages may still be writing, and the
     * build's staging folder is deleted only when they stopped.
     */
    @Override
    public void close() {
        pool.shutdown();
        try {
            pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Carries a checked failure out of a parallel stream. */
    private static final class Failure extends RuntimeException {
        Failure(Exception cause) {
            super(cause);
        }
    }
}
