package dev.dyadwatch.ingest;

import dev.dyadwatch.avro.RawArticle;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs drafts through parsing and {@link ArticleAssembler} on worker threads and hands the outcomes to the sink on
 * the reading thread, in the order the inputs were emitted. A bounded window of pending inputs keeps memory flat
 * while the reader stays ahead of the workers.
 */
final class OrderedAssembly implements ArticleEmitter, AutoCloseable {

    /** What became of one input. */
    private sealed interface Outcome permits Article, Failure, Skip {
        void deliver(ArticleSink sink);
    }

    private record Article(RawArticle article) implements Outcome {
        @Override
        public void deliver(ArticleSink sink) {
            sink.accept(article);
        }
    }

    private record Failure(InputFailure failure) implements Outcome {
        @Override
        public void deliver(ArticleSink sink) {
            sink.reject(failure);
        }
    }

    private record Skip(String origin, String reason) implements Outcome {
        @Override
        public void deliver(ArticleSink sink) {
            sink.skip(origin, reason);
        }
    }

    private final ArticleSink sink;
    private final ExecutorService workers;
    private final int window;
    private final ArrayDeque<Future<Outcome>> pending = new ArrayDeque<>();

    OrderedAssembly(ArticleSink sink, int parallelism) {
        this.sink = sink;
        this.window = Math.max(1, parallelism) * 64;
        if (parallelism > 1) {
            AtomicInteger count = new AtomicInteger();
            this.workers = Executors.newFixedThreadPool(parallelism, runnable -> {
                Thread thread = new Thread(runnable, "dyadwatch-ingest-" + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
        } else {
            this.workers = null;
        }
    }

    @Override
    public void article(String origin, byte[] input, DraftTask task) {
        if (workers == null) {
            run(origin, input, task).deliver(sink);
            return;
        }
        drain(window);
        pending.add(workers.submit(() -> run(origin, input, task)));
    }

    @Override
    public void failure(InputFailure failure) {
        enqueue(new Failure(failure));
    }

    @Override
    public void skip(String origin, String reason) {
        enqueue(new Skip(origin, reason));
    }

    private void enqueue(Outcome outcome) {
        if (workers == null) {
            outcome.deliver(sink);
        } else {
            drain(window);
            pending.add(CompletableFuture.completedFuture(outcome));
        }
    }

    /** Delivers every pending outcome. */
    void finish() {
        drain(0);
    }

    private void drain(int keep) {
        while (pending.size() > keep) {
            Future<Outcome> next = pending.poll();
            try {
                next.get().deliver(sink);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading inputs", e);
            } catch (ExecutionException e) {
                // run() catches everything an input can throw; anything else is a defect worth stopping for.
                throw new IllegalStateException("article assembly failed unexpectedly", e.getCause());
            }
        }
    }

    private static Outcome run(String origin, byte[] input, DraftTask task) {
        ArticleDraft draft = null;
        try {
            draft = task.draft();
            return new Article(ArticleAssembler.assemble(draft));
        } catch (NoArticleTextException e) {
            if (draft != null && draft.crawled()) {
                return new Skip(origin, e.getMessage());
            }
            return new Failure(new InputFailure(origin, e.getMessage(), e, input));
        } catch (InputException e) {
            return new Failure(new InputFailure(origin, e.getMessage(), e.getCause() == null ? e : e.getCause(),
                    input));
        } catch (RuntimeException | StackOverflowError e) {
            return new Failure(new InputFailure(origin, "unexpected error reading this input: " + e, e, input));
        }
    }

    @Override
    public void close() {
        if (workers != null) {
            workers.shutdownNow();
            try {
                workers.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
