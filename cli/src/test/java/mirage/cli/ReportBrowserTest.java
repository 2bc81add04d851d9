package mirage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of the bundled default scene (8 frames) in a real browser, headless Chromium: the screenshot is not
 * blank, and the page logged nothing and its own check ({@code #mirage-page-check}: script errors, console errors,
 * images that do not decode, JSON that does not parse) found no error; the same check on a page with a broken
 * image and a script error finds them, so a silent check cannot pass. Skipped where Chromium is missing, unless
 * {@code MIRAGE_REQUIRE_CHROMIUM=1} (which {@code .ci/run} sets), where that is a failure.
 */
class ReportBrowserTest {
    static final int TIMEOUT_SECONDS = 120;
    static final Pattern CHECK = Pattern.compile("<p id=\"mirage-page-check\" data-errors=\"(-?\\d+)\" data-images=\"(\\d+)\">([^<]*)<");

    @TempDir
    Path tmp;

    @Test
    void theDefaultScenesReportRendersInChromiumWithoutErrors() throws Exception {
        String chromium = chromium();
        Path ds = tmp.resolve("default");
        CliRun r = CliRun.of("render", CliRun.defaultScene().toString(), "--out", ds.toString(), "--frames", "8", "--no-progress");
        assertEquals(0, r.exitCode(), r.err());
        Path html = tmp.resolve("report.html");
        CliRun rep = CliRun.of("report", ds.toString(), "--out", html.toString(), "--no-progress");
        assertEquals(0, rep.exitCode(), rep.err());

        Path png = tmp.resolve("report.png");
        Result shot = chromium(chromium, "--screenshot=" + png, "--window-size=1280,2400", html.toUri().toString());
        assertTrue(Files.isRegularFile(png), shot.err());
        assertNotBlank(ImageIO.read(png.toFile()));

        Result dom = chromium(chromium, "--enable-logging=stderr", "--v=0", "--dump-dom", html.toUri().toString());
        Matcher m = CHECK.matcher(dom.out());
        assertTrue(m.find(), "no page check in the DOM:\n" + dom.out().substring(0, Math.min(2000, dom.out().length())));
        assertEquals("0", m.group(1), m.group(3));
        assertEquals("8", m.group(2), "the 8 sample tiles");
        assertTrue(m.group(3).startsWith("Page check: ok"), m.group(3));
        List<String> console = dom.err().lines().filter(l -> l.contains(":CONSOLE")).toList();
        assertEquals(List.of(), console, "the page logs nothing");

        String page = Files.readString(html).replaceFirst("<h2>Summary</h2>",
                "<h2>Summary</h2><img alt=\"broken\" src=\"data:image/jpeg;base64,AAAA\"><script>notAFunction()</script>");
        Path broken = Files.writeString(tmp.resolve("broken.html"), page);
        Matcher b = CHECK.matcher(chromium(chromium, "--dump-dom", broken.toUri().toString()).out());
        assertTrue(b.find());
        assertEquals("3", b.group(1), b.group(3));
        assertTrue(b.group(3).contains("notAFunction") && b.group(3).contains("image not decoded: broken"), b.group(3));
    }

    /** Many colours, contrast and ink: a page of charts, tables and photos, not an empty or single-colour one. */
    static void assertNotBlank(BufferedImage img) {
        assertEquals(1280, img.getWidth());
        Set<Integer> colours = new HashSet<>();
        double sum = 0, sum2 = 0;
        long ink = 0;
        long n = (long) img.getWidth() * img.getHeight();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                double l = 0.299 * (rgb >> 16) + 0.587 * (rgb >> 8 & 0xff) + 0.114 * (rgb & 0xff);
                sum += l;
                sum2 += l * l;
                if (l < 200) ink++;
            }
        }
        double sd = Math.sqrt(sum2 / n - (sum / n) * (sum / n));
        String what = colours.size() + " colours, luminance sd " + sd + ", ink " + ink + " of " + n;
        assertTrue(colours.size() >= 500, what);
        assertTrue(sd >= 20, what);
        assertTrue(ink >= n / 50, what);
    }

    record Result(String out, String err) {}

    private Result chromium(String chromium, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory(tmp, "profile")));
        cmd.addAll(List.of(args));
        File out = Files.createTempFile(tmp, "out", ".txt").toFile();
        File err = Files.createTempFile(tmp, "err", ".txt").toFile();
        Process p = new ProcessBuilder(cmd).redirectOutput(out).redirectError(err).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish in " + TIMEOUT_SECONDS + " s: " + cmd);
        }
        Result r = new Result(Files.readString(out.toPath(), StandardCharsets.UTF_8), Files.readString(err.toPath(), StandardCharsets.UTF_8));
        assertEquals(0, p.exitValue(), String.join(" ", cmd) + "\n" + r.err());
        return r;
    }

    /** Chromium's path: {@code MIRAGE_CHROMIUM}, else chromium or chromium-browser on the PATH. */
    static String chromium() {
        String given = System.getenv("MIRAGE_CHROMIUM");
        List<Path> candidates = new ArrayList<>();
        if (given != null && !given.isBlank()) candidates.add(Path.of(given));
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator))
            for (String name : List.of("chromium", "chromium-browser")) candidates.add(Path.of(dir, name));
        for (Path c : candidates) if (Files.isExecutable(c)) return c.toString();
        if ("1".equals(System.getenv("MIRAGE_REQUIRE_CHROMIUM")))
            fail("MIRAGE_REQUIRE_CHROMIUM=1 but no chromium is installed (apt-get install chromium)");
        Assumptions.assumeTrue(false, "no chromium here (apt-get install chromium, or set MIRAGE_CHROMIUM)");
        return null;
    }
}
