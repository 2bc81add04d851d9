package mirage.assets.assimp;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lwjgl.system.JNI;
import org.lwjgl.system.MemoryUtil;

/**
 * A test-only import child (never on the production class path) that misbehaves as its model file's name says,
 * to prove {@link IsolatedModelLoader} contains every way a child can fail. A name matching none of the cases
 * imports normally through {@link ImportWorker}. Like it, every case dies with its parent
 * ({@link ImportWorker#exitWhenParentDies}).
 * <ul>
 *   <li>{@code segfault*}: jumps to address 1 from native code: a real SIGSEGV;</li>
 *   <li>{@code exit*}: prints "boom" on stderr and exits with status 7;</li>
 *   <li>{@code hang*}: sleeps forever;</li>
 *   <li>{@code heap*}: allocates Java arrays until the heap is exhausted;</li>
 *   <li>{@code native*}: allocates and touches native memory until stopped;</li>
 *   <li>{@code garbage*}: writes bytes that are not an answer, exits 0;</li>
 *   <li>{@code truncated*}: writes the first half of a real answer, exits 0;</li>
 *   <li>{@code lying*}: writes a header declaring two billion textures, exits 0.</li>
 * </ul>
 */
public final class MisbehavingWorker {
    private MisbehavingWorker() {
    }

    public static void main(String[] args) throws Exception {
        ImportWorker.exitWhenParentDies();
        String name = Path.of(args[0]).getFileName().toString();
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        if (name.startsWith("segfault")) JNI.invokeV(1L);
        else if (name.startsWith("exit")) {
            System.err.println("boom");
            System.exit(7);
        } else if (name.startsWith("hang")) Thread.sleep(Long.MAX_VALUE);
        else if (name.startsWith("heap")) exhaustHeap();
        else if (name.startsWith("native")) growNativeMemory();
        else if (name.startsWith("garbage")) {
            out.write("this is not an answer\n".repeat(100).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            System.exit(0);
        } else if (name.startsWith("truncated")) {
            byte[] answer = realAnswer(args);
            out.write(answer, 0, answer.length / 2);
            out.flush();
            System.exit(0);
        } else if (name.startsWith("lying")) {
            out.write(ModelCodec.MAGIC);
            out.write(ModelCodec.MODEL);
            out.write(new byte[] {0x77, 0x35, (byte) 0x94, 0}); // 2,000,000,000 textures
            out.flush();
            System.exit(0);
        } else ImportWorker.main(args);
    }

    private static byte[] realAnswer(String[] args) throws IOException {
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        List<Path> folders = new ArrayList<>();
        for (int i = 1; i < args.length; i++) folders.add(Path.of(args[i]));
        ImportWorker.importOne(Path.of(args[0]), mirage.assets.AllowedFolders.of(folders), buffer);
        return buffer.toByteArray();
    }

    private static void exhaustHeap() {
        List<long[]> hoard = new ArrayList<>();
        while (true) hoard.add(new long[1 << 20]);
    }

    private static void growNativeMemory() throws InterruptedException {
        while (true) {
            long block = MemoryUtil.nmemAlloc(64L << 20);
            MemoryUtil.memSet(block, 1, 64L << 20);
            Thread.sleep(10);
        }
    }
}
