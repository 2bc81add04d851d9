package mirage.report.stats;

/**
 * The values one path of the frame records' {@code scene} part took, over a dataset: numbers in an
 * {@link AdaptiveHistogram} and, while there are at most {@link #FEW} distinct ones, counted by value; other values
 * (text, true/false, null) counted by their text, at most {@link #MAX_VALUES} distinct ones. A path whose first
 * number is a JSON integer gets bins at least 1 wide.
 */
public final class Knob {
    /** Distinct numbers still counted one by one. */
    public static final int FEW = 12;
    /** Distinct other values counted one by one; texts are cut to {@link #MAX_TEXT} characters. */
    public static final int MAX_VALUES = 64;
    public static final int MAX_TEXT = 160;

    private final String path;
    private AdaptiveHistogram numbers;
    private final ValueCounts<Double> fewNumbers = new ValueCounts<>(FEW);
    private final ValueCounts<String> values = new ValueCounts<>(MAX_VALUES);

    public Knob(String path) {
        this.path = path;
    }

    public void addNumber(double v, boolean integral) {
        if (numbers == null) numbers = new AdaptiveHistogram(integral ? 0 : AdaptiveHistogram.ANY_WIDTH);
        numbers.add(v);
        fewNumbers.add(v);
    }

    public void addValue(String text) {
        values.add(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "…" : text);
    }

    public String path() {
        return path;
    }

    /** The numbers' histogram, or null when the path held no number. */
    public AdaptiveHistogram numbers() {
        return numbers;
    }

    /** The numbers by value; {@link ValueCounts#overflowed()} when there were more than {@link #FEW}. */
    public ValueCounts<Double> fewNumbers() {
        return fewNumbers;
    }

    /** The other values by text. */
    public ValueCounts<String> values() {
        return values;
    }

    /** Everything counted at this path. */
    public long count() {
        return fewNumbers.total() + values.total();
    }

    /** Whether the path held one value only (the same number or text every time). */
    public boolean isConstant() {
        return fewNumbers.counts().size() + values.counts().size() == 1 && !fewNumbers.overflowed() && !values.overflowed();
    }
}
