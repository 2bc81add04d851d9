package mirage.assets.assimp;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import mirage.assets.Model;

/**
 * One running import child, supervised: its answer is decoded on a reader thread while it runs
 * ({@link ModelCodec#read}), its standard error is drained ({@link StderrCapture}), and {@link #await} stops it
 * (SIGKILL) when it runs past its deadline, grows past its memory limit, or sends an answer that is already known
 * to be malformed and does not exit within {@link #GRACE_MILLIS} (a crashing JVM writes its report first, and its
 * exit status then says more than the broken answer). {@link #close} kills it if it is still alive. The child's
 * standard input stays open, unwritten, until {@link #close}: when this JVM dies, however, it ends, and the child
 * exits ({@link ImportWorker#exitWhenParentDies}). One thread uses an instance.
 */
final class WorkerProcess implements AutoCloseable {
    /** How the child ended. */
    enum End {
        /** It exited by itself; see {@link #exitStatus()}. */
        EXITED,
        /** It ran past the deadline and was killed. */
        TIMED_OUT,
        /** Its resident memory passed the limit and it was killed. */
        OVER_MEMORY,
        /** Its answer was malformed while it still ran, and it was killed. */
        BAD_ANSWER
    }

    private static final long POLL_MILLIS = 25;
    /** How long a child whose answer is already malformed may take to exit by itself before it is killed. */
    private static final long GRACE_MILLIS = 2000;
    private static final long MEMORY_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final Process process;
    private final OutputStream stdin;
    private final StderrCapture stderr;
    private final FutureTask<Model> answer;
    private long peakRss;

    private WorkerProcess(Process process, Path file) {
        this.process = process;
        this.stdin = process.getOutputStream();
        this.stderr = StderrCapture.start(process.getErrorStream());
        this.answer = new FutureTask<>(() -> ModelCodec.read(process.getInputStream(), file));
        Thread reader = new Thread(answer, "mirage-import-answer");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code command}; its answer will be about {@code file}. */
    static WorkerProcess start(List<String> command, Path file) throws IOException {
        return new WorkerProcess(new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE).start(), file);
    }

    /**
     * Waits until the child exits, or stops it as described above.
     *
     * @param memoryLimit bytes of resident memory, 0 for no limit (also none where {@code /proc} is missing)
     */
    End await(Duration timeout, long memoryLimit) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextMemoryCheck = System.nanoTime();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) return kill(End.TIMED_OUT);
            if (process.waitFor(Math.min(TimeUnit.NANOSECONDS.toMillis(left) + 1, POLL_MILLIS), TimeUnit.MILLISECONDS)) return End.EXITED;
            if (answer.isDone() && answerIsMalformed()) {
                // a crashing JVM prints its fatal-error header on stdout too: let it finish dying, then judge by status
                long grace = Math.min(TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()) + 1, GRACE_MILLIS);
                return process.waitFor(grace, TimeUnit.MILLISECONDS) ? End.EXITED : kill(End.BAD_ANSWER);
            }
            if (memoryLimit > 0 && System.nanoTime() - nextMemoryCheck >= 0) {
                nextMemoryCheck = System.nanoTime() + MEMORY_POLL_NANOS;
                long rss = residentBytes(process.pid());
                peakRss = Math.max(peakRss, rss);
                if (rss > memoryLimit) return kill(End.OVER_MEMORY);
            }
        }
    }

    /** The exit status after {@link End#EXITED}. */
    int exitStatus() {
        return process.exitValue();
    }

    /** The largest resident size seen by the memory watch, bytes (0 if it never looked). */
    long peakResidentBytes() {
        return peakRss;
    }

    /**
     * The decoded answer, waiting up to {@code timeout} for the reader (the child has ended, so the stream ends).
     *
     * @throws ExecutionException wrapping the reader's {@link ModelCodec.MalformedAnswer} or {@link mirage.assets.AssetException}
     * @throws TimeoutException   if the answer is still incomplete
     */
    Model answer(Duration timeout) throws ExecutionException, TimeoutException, InterruptedException {
        return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The child's standard error (head and tail), waiting briefly for the stream to end. */
    String stderr() {
        return stderr.text(1000);
    }

    @Override public void close() {
        if (process.isAlive()) process.destroyForcibly();
        try {
            stdin.close();
        } catch (IOException e) {
            // the child is gone: nothing to tell it
        }
        answer.cancel(true);
    }

    private boolean answerIsMalformed() {
        try {
            answer.get();
            return false;
        } catch (ExecutionException e) {
            return e.getCause() instanceof ModelCodec.MalformedAnswer;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private End kill(End why) throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
        return why;
    }

    /** VmRSS of {@code pid} from /proc, bytes; 0 where it cannot be read. */
    private static long residentBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")))
                if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        } catch (IOException | RuntimeException e) {
            // no /proc here, or the child has just gone
        }
        return 0;
    }
}
