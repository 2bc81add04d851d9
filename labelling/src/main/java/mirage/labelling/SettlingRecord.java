package mirage.labelling;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import mirage.scenes.settling.BodyRef;
import mirage.scenes.settling.DropBody;
import mirage.scenes.settling.SettleReport;

/**
 * The frame record's {@code scene.physics}: what settling drew and did. Per body, in drop order: the entry and its
 * ordinal, what it became ({@code instance} index or {@code prop} position; absent when it was left out), the
 * drawn values, the simulated mass, and what it rests on: {@code "ground"} (its support plane), {@code "bin"}, an
 * instance index, or {@code "prop:N"}.
 */
final class SettlingRecord {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private SettlingRecord() {}

    static ObjectNode of(SettleReport report) {
        ObjectNode n = F.objectNode();
        n.put("steps", report.steps());
        n.put("at_rest", report.atRest());
        n.put("time_step", report.plan().spec().timeStep());
        n.put("gravity", report.plan().gravity());
        n.put("spread", report.plan().spread());
        ArrayNode bodies = n.putArray("bodies");
        for (int k = 0; k < report.bodies().size(); k++) {
            DropBody drawn = report.plan().bodies().get(k);
            SettleReport.Outcome end = report.bodies().get(k);
            ObjectNode b = bodies.addObject();
            b.put("entry", drawn.entry()).put("ordinal", drawn.ordinal());
            if (end.ref() == null) b.put("left_out", true);
            else if (end.ref().kind() == BodyRef.Kind.INSTANCE) b.put("instance", end.ref().index());
            else b.put("prop", end.ref().index());
            b.put("collision", drawn.collision().name().toLowerCase(Locale.ROOT));
            b.put("drop_height", drawn.dropHeight());
            if (drawn.density() != null) b.put("density", drawn.density());
            b.put("mass", end.mass());
            b.put("friction", drawn.friction());
            b.put("restitution", drawn.restitution());
            b.put("moving", end.moving());
            ArrayNode on = b.putArray("rests_on");
            for (SettleReport.Support s : end.restsOn()) {
                if (s.fixed() != null) on.add(s.fixed());
                else if (s.body().kind() == BodyRef.Kind.INSTANCE) on.add(s.body().index());
                else on.add("prop:" + s.body().index());
            }
        }
        return n;
    }
}
