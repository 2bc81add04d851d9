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
        assertEquals(10, f0.instances().get(0).masks().visible().pixels());
        assertEquals(16, f0.instances().get(0).masks().amodal().pixels());
        assertEquals(10, f0.instances().get(1).masks().visible().pixels());
        assertNull(f0.instances().get(2).annotationId());
        assertNull(f0.instances().get(2).box3d().image());
        assertEquals(4, f0.annotated().size());
        assertEquals("031N00024", d.frames().get(3).instances().get(0).masks().visible().rle().counts());
    }
}
