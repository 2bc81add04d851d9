package mirage.effects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import mirage.core.error.MirageException;
import org.junit.jupiter.api.Test;

class FrameSelectionTest {
    @Test
    void parsesIndicesAndRanges() {
        assertEquals(IntStream.rangeClosed(0, 11).boxed().toList(), FrameSelection.parse("0-11", 100));
        assertEquals(List.of(5), FrameSelection.parse("5", 100));
        assertEquals(List.of(0, 1, 2, 3, 8, 10, 11), FrameSelection.parse("0-3, 8,10-11", 100));
    }

    @Test
    void refusesWhatIsNotAFrameList() {
        for (String bad : new String[] {"", "a", "-3", "3-", "5-2", "1,,2", "1-2-3", "99999999999"}) {
            String m = assertThrows(MirageException.class, () -> FrameSelection.parse(bad, 100), bad).getMessage();
            assertTrue(m.startsWith("--frames '" + bad + "'"), m);
        }
        assertTrue(assertThrows(MirageException.class, () -> FrameSelection.parse("0-2000000000", 4096)).getMessage()
                .contains("more than 4096 frames"));
    }

    @Test
    void spreadsACountEvenly() {
        List<Integer> frames = IntStream.range(0, 100).map(i -> 2 * i).boxed().toList();
        assertEquals(List.of(0, 50, 100, 150), FrameSelection.spread(frames, 4));   // indices 0, 25, 50, 75
        assertEquals(frames, FrameSelection.spread(frames, 100));
        assertEquals(List.of(3, 4), FrameSelection.spread(List.of(3, 4), 12));
        assertEquals(List.of(3), FrameSelection.spread(List.of(3, 4, 5), 1));
        assertThrows(MirageException.class, () -> FrameSelection.spread(frames, 0));
    }
}
