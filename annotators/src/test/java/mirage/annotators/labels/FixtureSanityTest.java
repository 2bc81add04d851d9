package mirage.annotators.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FixtureSanityTest {
    @Test
    void fixtureBuildsWithTheIntendedCases() {
        DatasetLabels d = LabelFixtures.dataset();
        assertEquals(4, d.frames().size());
        FrameLabel f0 = d.frames().get(0);
        assertEquals(10, f0.instances().get(0).visiblePixels());
        assertEquals(16, f0.instances().get(0).amodalPixels());
        assertEquals(10, f0.instances().get(1).visiblePixels());
        assertNull(f0.instances().get(2).annotationId());
        assertNull(f0.instances().get(2).box3dImage());
        assertEquals(4, f0.annotated().size());
        assertEquals("031N00024", d.frames().get(3).instances().get(0).visibleMask().counts());
    }
}
