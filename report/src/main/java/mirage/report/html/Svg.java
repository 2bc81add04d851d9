package mirage.report.html;

import static mirage.report.html.Html.esc;
import static mirage.report.html.Html.num;
import static mirage.report.html.Html.px;

import java.util.List;
import mirage.report.stats.CentreGrid;
import mirage.report.stats.FixedHistogram;

/**
 * Draws charts as inline SVG: no script and no network, so the report opens offline, stays small and is the same
 * bytes for the same numbers. Every bar and cell carries a {@code <title>} with its exact count (a tooltip).
 */
final class Svg {
    static final String BAR = "#4e79a7";
    private static final int W = 360;
    static final int MAX_TICKS = 6;

    private Svg() {
    }

    /** Vertical bars for a histogram's bins, y from 0 to {@code yMax} (at least the highest bar). */
    static String histogram(Chart c, long yMax) {
        List<Chart.Bin> bins = c.bins();
        int h = 128, left = 40, right = 14, top = 10, plotH = 100;
        double plotW = W - left - right;
        double bw = plotW / Math.max(1, bins.size());
        long max = Math.max(1, Math.max(yMax, c.maxCount()));
        StringBuilder s = open(W, h, c.title());
        axes(s, left, top, plotW, plotH, max);
        for (int i = 0; i < bins.size(); i++) {
            Chart.Bin b = bins.get(i);
            double bh = plotH * (double) b.count() / max;
            s.append("<rect x=\"").append(px(left + i * bw + 0.5)).append("\" y=\"").append(px(top + plotH - bh))
                    .append("\" width=\"").append(px(Math.max(0.5, bw - 1))).append("\" height=\"").append(px(bh))
                    .append("\" fill=\"").append(BAR).append("\"><title>").append(esc(label(b))).append(": ")
                    .append(b.count()).append("</title></rect>");
        }
        double[] edges = edges(bins);
        for (int i : ticks(edges, "log2".equals(c.facts().get("scale"))))
            text(s, left + i * bw, top + plotH + 13, "middle", num(edges[i]));
        return s.append("</svg>").toString();
    }

    /** Horizontal bars, one row per value, x from 0 to {@code xMax} (at least the longest bar). */
    static String categories(Chart c, long xMax) {
        List<Chart.Bin> bins = c.bins();
        int row = 16, labelW = 150, countW = 54;
        int h = Math.max(1, bins.size()) * row + 6;
        double barW = W - labelW - countW;
        long max = Math.max(1, Math.max(xMax, c.maxCount()));
        StringBuilder s = open(W, h, c.title());
        for (int i = 0; i < bins.size(); i++) {
            Chart.Bin b = bins.get(i);
            int y = 3 + i * row;
            String label = b.label().length() > 26 ? "…" + b.label().substring(b.label().length() - 25) : b.label();
            s.append("<text x=\"").append(labelW - 4).append("\" y=\"").append(y + 12).append("\" text-anchor=\"end\"><title>")
                    .append(esc(b.label())).append("</title>").append(esc(label)).append("</text>");
            double bw = barW * b.count() / max;
            s.append("<rect x=\"").append(labelW).append("\" y=\"").append(y + 2).append("\" width=\"").append(px(bw))
                    .append("\" height=\"").append(row - 4).append("\" fill=\"").append(BAR).append("\"><title>")
                    .append(esc(b.label())).append(": ").append(b.count()).append("</title></rect>");
            text(s, labelW + bw + 4, y + 12, "start", Long.toString(b.count()));
        }
        return s.append("</svg>").toString();
    }

    /** A heat map of the grid's cells over an image {@code aspect} (height / width) tall, darker for more. */
    static String heatMap(Chart c, double aspect, long max) {
        CentreGrid g = c.grid();
        int pw = 240;
        int ph = (int) Math.max(60, Math.min(360, Math.round(pw * aspect)));
        int left = 30, top = 8;
        double cw = (double) pw / g.columns();
        double ch = (double) ph / g.rows();
        long m = Math.max(1, Math.max(max, g.max()));
        StringBuilder s = open(pw + left + 10, ph + top + 22, c.title()).insert(4, " class=\"map\"");
        for (int r = 0; r < g.rows(); r++) {
            for (int k = 0; k < g.columns(); k++) {
                long n = g.count(k, r);
                s.append("<rect x=\"").append(px(left + k * cw)).append("\" y=\"").append(px(top + r * ch))
                        .append("\" width=\"").append(px(cw + 0.05)).append("\" height=\"").append(px(ch + 0.05))
                        .append("\" fill=\"").append(shade(n, m)).append("\"><title>x ").append(num((double) k / g.columns()))
                        .append("–").append(num((double) (k + 1) / g.columns())).append(", y ").append(num((double) r / g.rows()))
                        .append("–").append(num((double) (r + 1) / g.rows())).append(": ").append(n).append("</title></rect>");
            }
        }
        s.append("<rect x=\"").append(left).append("\" y=\"").append(top).append("\" width=\"").append(pw)
                .append("\" height=\"").append(ph).append("\" fill=\"none\" stroke=\"#888\"/>");
        text(s, left, top + ph + 13, "middle", "0");
        text(s, left + pw, top + ph + 13, "middle", "1");
        text(s, left - 4, top + 10, "end", "0");
        text(s, left - 4, top + ph, "end", "1");
        return s.append("</svg>").toString();
    }

    /** White to dark blue by the square root of the share of the busiest cell. */
    static String shade(long n, long max) {
        double t = Math.sqrt((double) n / max);
        int r = (int) Math.round(247 + (8 - 247) * t);
        int g = (int) Math.round(251 + (48 - 251) * t);
        int b = (int) Math.round(255 + (107 - 255) * t);
        return Html.color(r << 16 | g << 8 | b);
    }

    private static StringBuilder open(int w, int h, String title) {
        return new StringBuilder(4096).append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(w).append(' ')
                .append(h).append("\" width=\"").append(w).append("\" height=\"").append(h).append("\" role=\"img\" aria-label=\"")
                .append(esc(title)).append("\">");
    }

    private static void axes(StringBuilder s, int left, int top, double plotW, int plotH, long max) {
        s.append("<path d=\"M").append(left).append(' ').append(top).append("V").append(top + plotH).append("H")
                .append(px(left + plotW)).append("\" fill=\"none\" stroke=\"#888\"/>");
        text(s, left - 4, top + 8, "end", Long.toString(max));
        text(s, left - 4, top + plotH, "end", "0");
    }

    private static void text(StringBuilder s, double x, double y, String anchor, String t) {
        s.append("<text x=\"").append(px(x)).append("\" y=\"").append(px(y)).append("\" text-anchor=\"").append(anchor)
                .append("\">").append(esc(t)).append("</text>");
    }

    private static double[] edges(List<Chart.Bin> bins) {
        double[] e = new double[bins.size() + 1];
        for (int i = 0; i < bins.size(); i++) e[i] = bins.get(i).lo();
        if (!bins.isEmpty()) e[bins.size()] = bins.get(bins.size() - 1).hi();
        return e;
    }

    /**
     * The edges that get a label: those that are multiples of the smallest power of two (of the edge, or of its log2
     * on a log scale) that leaves between 2 and {@link #MAX_TICKS} of them, so labels fall on round values; else the
     * first and the last.
     */
    static int[] ticks(double[] edges, boolean log2) {
        int[] order = java.util.stream.IntStream.concat(java.util.stream.IntStream.rangeClosed(log2 ? 0 : -60, 60),
                java.util.stream.IntStream.range(-60, log2 ? 0 : -60)).toArray();   // log scale: whole octaves first
        for (int k : order) {
            double step = Math.scalb(1.0, k);
            int[] at = java.util.stream.IntStream.range(0, edges.length).filter(i -> {
                double x = (log2 ? FixedHistogram.log2(edges[i]) : edges[i]) / step;
                return Double.isFinite(x) && x == Math.rint(x);
            }).toArray();
            if (at.length >= 2 && at.length <= MAX_TICKS) return at;
        }
        return edges.length < 2 ? new int[0] : new int[] {0, edges.length - 1};
    }

    private static String label(Chart.Bin b) {
        return b.label().isEmpty() ? num(b.lo()) + " – " + num(b.hi()) : b.label();
    }
}
