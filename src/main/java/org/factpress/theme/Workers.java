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

    /**
     * Runs {@code job} on every item, in parallel; the first failure is rethrown as it was. Once a job failed the
     * items not yet begun are skipped: the build stops, and nothing more is written for it.
     */
    public <T> void forEach(List<T> items, Job<T> job) throws IOException, TemplateProblem {
        java.util.concurrent.atomic.AtomicBoolean failed = new java.util.concurrent.atomic.AtomicBoolean();
        call(() -> {
            items.parallelStream().forEach(item -> {
                if (failed.get()) {
                    return;
                }
                try {
                    job.run(item);
                } catch (IOException | TemplateProblem e) {
                    failed.set(true);
                    throw new Failure(e);
                } catch (RuntimeException | Error e) {
                    failed.set(true);
                    throw e;
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
     * build's staging folder is deleted only when they stopped. Work still running a minute on is interrupted,
     * and the build told so (an unchecked I/O failure: the output folder refuses its writes once closed).
     */
    @Override
    public void close() {
        pool.shutdown();
        boolean ended;
        try {
            ended = pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ended = false;
        }
        if (!ended) {
            pool.shutdownNow();
            throw new java.io.UncheckedIOException(new IOException(
                    "the work still running did not end within a minute of the build's end; it was interrupted"));
        }
    }

    /** Carries a checked failure out of a parallel stream. */
    private static final class Failure extends RuntimeException {
        Failure(Exception cause) {
            super(cause);
        }
    }
}
