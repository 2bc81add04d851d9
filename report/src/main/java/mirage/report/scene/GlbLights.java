package mirage.report.scene;

import de.javagl.jgltf.model.impl.DefaultNodeModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The frame's lights as {@code KHR_lights_punctual} lights, one node each ({@code light-<k>-<type>}, k from 1):
 * <ul>
 *   <li>{@code color} and {@code intensity}: the recorded radiance r (linear RGB, colour x intensity) as
 *       {@code intensity = max(r)} and {@code color = r / intensity} (white when r = 0), so colour x intensity = r.
 *       The extension's photometric units (lux for directional, candela for point and spot) are the renderer's
 *       plain radiance units, falling off as 1 / d^2 without a {@code range}: viewers with their own exposure
 *       scale show them brighter or darker.
 *   <li>spot cones: {@code outerConeAngle = cone_deg} and {@code innerConeAngle = cone_deg - softness_deg}
 *       (radians), the renderer's full-strength and zero-strength angles; glTF wants inner &lt; outer, so a hard edge
 *       gets the next float below the outer. Between the two the renderer fades with a smoothstep over the angle,
 *       a viewer with its own curve.
 *   <li>the node: at the light's position (the origin for a directional light), its -Z along the direction of
 *       travel ({@link GlbGeometry#lightNode}).
 * </ul>
 * The record's light object, {@code shadows} included, is the light's {@code extras.mirage}.
 */
final class GlbLights {
    static final String EXTENSION = "KHR_lights_punctual";

    private final List<Object> lights = new ArrayList<>();

    /** The node of one light. */
    DefaultNodeModel node(SceneRecord.Light light) {
        Map<String, Object> l = new LinkedHashMap<>();
        String name = "light-" + (lights.size() + 1) + "-" + light.type();
        l.put("name", name);
        l.put("type", light.type());
        double[] r = light.radiance();
        double intensity = Math.max(r[0], Math.max(r[1], r[2]));
        l.put("color", intensity > 0 ? List.of(r[0] / intensity, r[1] / intensity, r[2] / intensity) : List.of(1, 1, 1));
        l.put("intensity", intensity);
        if (light.type().equals("spot")) {
            float outer = (float) Math.toRadians(light.coneDeg());
            float inner = Math.min((float) Math.toRadians(light.coneDeg() - light.softnessDeg()), Math.nextDown(outer));
            Map<String, Object> spot = new LinkedHashMap<>();
            spot.put("innerConeAngle", Math.max(0f, inner));
            spot.put("outerConeAngle", outer);
            l.put("spot", spot);
        }
        l.put("extras", Map.of("mirage", light.raw()));
        DefaultNodeModel node = new DefaultNodeModel();
        node.setName(name);
        node.setMatrix(GlbGeometry.columnMajor(GlbGeometry.lightNode(light.position(), light.direction())));
        node.addExtension(EXTENSION, Map.of("light", lights.size()));
        lights.add(l);
        return node;
    }

    /** Whether any light was added. */
    boolean any() {
        return !lights.isEmpty();
    }

    /** The extension's object at the glTF root: {@code {"lights": [...]}} in node order. */
    Map<String, Object> root() {
        return Map.of("lights", List.copyOf(lights));
    }
}
