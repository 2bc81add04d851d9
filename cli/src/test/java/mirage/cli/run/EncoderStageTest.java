package mirage.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The encoder stage alone: it bounds the jobs in flight, runs every job, and passes the first failure on. */
class EncoderStageTest {
    @Test
    void runsEveryJobOnItsThreads() {
        AtomicInteger done = new AtomicInteger();
        try (EncoderStage stage = new EncoderStage(3, 4)) {
            for (int i = 0; i < 100; i++) stage.submit(done::incrementAndGet);
            stage.finish();
        }
        assertEquals(100, done.get());
    }

    @Test
    void neverHoldsMoreThanItsCapacity() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger started = new AtomicInteger();
        try (EncoderStage stage = new EncoderStage(2, 3)) {
            Thread producer = new Thread(() -> {
                for (int i = 0; i < 10; i++) stage.submit(() -> {
                    started.incrementAndGet();
                    await(release);
                });
            });
            producer.start();
            producer.join(500);
            assertTrue(producer.isAlive(), "the producer must block once 3 jobs are in flight");
            assertEquals(2, started.get(), "two threads run; the third job waits in the queue");
            release.countDown();
            producer.join(10_000);
            stage.finish();
        }
        assertEquals(10, started.get());
    }

    @Test
    void aFailedJobFailsTheNextSubmitAndFinish() throws InterruptedException {
        IllegalStateException boom = new IllegalStateException("disk on fire");
        try (EncoderStage stage = new EncoderStage(1, 2)) {
            CountDownLatch failed = new CountDownLatch(1);
            stage.submit(() -> {
                failed.countDown();
                throw boom;
            });
            assertTrue(failed.await(10, TimeUnit.SECONDS));
            Thread.sleep(50);   // the job's future completes just after it throws
            assertSame(boom, assertThrows(IllegalStateException.class, () -> stage.submit(() -> { })));
        }
        try (EncoderStage stage = new EncoderStage(2, 2)) {
            stage.submit(() -> { });
            stage.submit(() -> {
                throw boom;
            });
            assertSame(boom, assertThrows(IllegalStateException.class, stage::finish));
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
