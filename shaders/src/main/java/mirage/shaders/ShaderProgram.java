package mirage.shaders;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A GLSL program shipped as classpath resources under {@code mirage/shaders/}: each stage is a list of files
 * compiled as consecutive source strings (shared snippets from {@code common/} first, the program's own
 * {@code <name>/<name>.{vert,frag}} last). The {@code #version} line and the shared {@code #define}s are not in the
 * files: {@link #PREAMBLE} ({@link #VERSION} and {@link ShaderDefines#block()}) is prepended as source string 0 so
 * every stage targets the same GLSL version and sees the constants Java uses.
 *
 * @param name          program name, also its folder
 * @param vertexFiles   the vertex stage's files, relative to {@code mirage/shaders/}
 * @param fragmentFiles the fragment stage's files, relative to {@code mirage/shaders/}
 * @param uniforms      uniform names the program declares (checked by a test against the sources)
 */
public record ShaderProgram(String name, List<String> vertexFiles, List<String> fragmentFiles, List<String> uniforms) {
    public static final String VERSION = "#version 450 core\n";

    /** Source string 0 of every stage: the version line, then the shared {@code #define}s. */
    public static final String PREAMBLE = VERSION + ShaderDefines.block();

    private static final List<String> SURFACE = List.of("common/color.glsl", "common/surface.glsl");
    private static final List<String> SURFACE_UNIFORMS = List.of("u_surface", "u_baseColor", "u_useTexture",
            "u_useVertexColor", "u_uvMatrix", "u_uvOffset", "u_pattern", "u_patternA", "u_patternB", "u_patternCells",
            "u_patternSeed");

    private static final String ALPHA = "common/alpha.glsl";
    private static final List<String> ALPHA_UNIFORMS = List.of("u_alphaMode", "u_alphaCutoff", "u_alphaFactor",
            "u_useAlphaTexture", "u_alphaUvMatrix", "u_alphaUvOffset", "u_useAlphaVertexColor");
    private static final List<String> MAPS_UNIFORMS = List.of("u_useMetallicMap", "u_useRoughnessMap", "u_useNormalMap",
            "u_normalScale", "u_useOcclusionMap", "u_occlusionStrength", "u_emissive", "u_useEmissiveMap");

    /** The varyings, shading normal and label outputs shared by the shaded and label programs. */
    private static final String GEOMETRY = "shaded/geometry.glsl";
    private static final List<String> GEOMETRY_UNIFORMS = List.of("u_model", "u_normalMatrix", "u_viewProj", "u_planarUv",
            "u_planarUvScale", "u_instanceId", "u_view", "u_near");

    /** Screen-space ambient occlusion of the indirect light, read by the shaded programs. */
    private static final String OCCLUSION = "shaded/occlusion.glsl";

    /**
     * Lit objects (instances and props): metallic-roughness shading with spot, point and directional lights and
     * shadow maps, the material's PBR maps and alpha cut-out; writes colour, instance id, camera z and normals.
     */
    public static final ShaderProgram SHADED = new ShaderProgram("shaded", List.of("shaded/shaded.vert"),
            concat(SURFACE, List.of(ALPHA, "shaded/maps.glsl", GEOMETRY, OCCLUSION, "shaded/brdf.glsl", "shaded/lights.glsl", "shaded/shaded.frag")),
            concat(concat(SURFACE_UNIFORMS, ALPHA_UNIFORMS), concat(concat(MAPS_UNIFORMS, GEOMETRY_UNIFORMS), List.of(
                    "u_roughness", "u_metallic", "u_cameraPos", "u_ambient", "u_blendColour", "u_ambientOcclusion", "u_aoScale", "u_shadowCatcher", "u_lightCount", "u_lightType", "u_lightPosition", "u_lightDirection",
                    "u_lightRadiance", "u_lightCone", "u_shadowLayer", "u_shadowMatrix", "u_shadowTexel", "u_shadowsPastFar", "u_lightSize", "u_shadowDepthRange"))));

    /**
     * The labels of {@link #SHADED} without its lighting (same vertex stage, cut-out rule and label code): instance
     * id, camera z and normals, for frames whose colour is drawn apart (anti-aliasing, ambient occlusion).
     */
    public static final ShaderProgram LABEL = new ShaderProgram("label", List.of("shaded/shaded.vert"),
            List.of("common/surface.glsl", ALPHA, "shaded/maps.glsl", GEOMETRY, "label/label.frag"),
            concat(concat(SURFACE_UNIFORMS, ALPHA_UNIFORMS), concat(MAPS_UNIFORMS, GEOMETRY_UNIFORMS)));

    /**
     * The HDR variant of {@link #SHADED} (shaded.frag with HDR defined): writes linear radiance with alpha
     * {@code HDR_RADIANCE_ALPHA} into a floating-point colour target.
     */
    public static final ShaderProgram SHADED_HDR = new ShaderProgram("shaded_hdr", List.of("shaded/shaded.vert"),
            concat(SURFACE, List.of(ALPHA, "shaded/maps.glsl", GEOMETRY, OCCLUSION, "shaded/brdf.glsl", "shaded/lights.glsl", "shaded/hdr.glsl",
                    "shaded/shaded.frag")),
            SHADED.uniforms());

    /**
     * The environment variant of {@link #SHADED_HDR} (HDR and ENVIRONMENT defined): adds the environment's light
     * (split-sum image-based lighting). A program of its own, so frames without an environment never run its code.
     */
    public static final ShaderProgram SHADED_ENV = new ShaderProgram("shaded_env", List.of("shaded/shaded.vert"),
            concat(SURFACE, List.of(ALPHA, "shaded/maps.glsl", GEOMETRY, OCCLUSION, "shaded/brdf.glsl", "shaded/lights.glsl", "common/environment.glsl",
                    "shaded/ibl.glsl", "shaded/hdr.glsl", "shaded/shaded.frag")),
            concat(SHADED.uniforms(), List.of("u_envSh", "u_envFromWorld", "u_envIntensity", "u_envMaxLod")));

    private static final List<String> AO_SURFACE_UNIFORMS = List.of("u_intrinsics", "u_catcher", "u_catcherPlane", "u_far");

    /**
     * Screen-space ambient occlusion, first pass: the occlusion of each visible point from the horizons of the
     * camera z and normals targets (and the shadow catcher's plane) within a radius.
     */
    public static final ShaderProgram AMBIENT_OCCLUSION = new ShaderProgram("ao", List.of("background/background.vert"),
            List.of("ao/surfaces.glsl", "ao/ao.frag"), concat(AO_SURFACE_UNIFORMS, List.of("u_radius")));

    /** Ambient occlusion, second pass: a depth-aware 4 x 4 average into the visibility the shaded pass reads. */
    public static final ShaderProgram AMBIENT_OCCLUSION_BLUR = new ShaderProgram("ao_blur", List.of("background/background.vert"),
            List.of("ao/surfaces.glsl", "ao/blur.frag"), concat(AO_SURFACE_UNIFORMS, List.of("u_intensity")));

    /** The environment map as the background, through the frame's camera (HDR only); writes instance id 0. */
    public static final ShaderProgram SKY = new ShaderProgram("sky", List.of("background/background.vert"),
            List.of("common/environment.glsl", "sky/sky.frag"),
            List.of("u_clipToWorld", "u_cameraPos", "u_frameSize", "u_envFromWorld", "u_envIntensity", "u_envMaxLod"));

    /**
     * Exposure, tone mapping and dithered sRGB encoding of the HDR colour into 8 bits; also the resolve of an
     * anti-aliased colour target (multisampled or supersampled, HDR or 8-bit) into one value per pixel.
     */
    public static final ShaderProgram TONEMAP = new ShaderProgram("tonemap", List.of("background/background.vert"),
            List.of("common/color.glsl", "tonemap/tonemap.frag"), List.of("u_exposure", "u_tonemap", "u_samples", "u_scale"));

    /**
     * Full silhouettes for amodal masks: every instance ORs its bit {@code 1 << ((index - 1) % 32)} into an R32UI
     * target (logic op OR, no depth test), so one readback gives 32 overlapping masks; alpha cut-outs as in SHADED.
     */
    public static final ShaderProgram SILHOUETTE = new ShaderProgram("silhouette", List.of("silhouette/silhouette.vert"),
            List.of(ALPHA, "silhouette/silhouette.frag"), concat(List.of("u_model", "u_viewProj", "u_bit"), ALPHA_UNIFORMS));

    /**
     * The coverage image's ids (outputs.coverage): every object's id (0 for props) into a supersampled R32UI target
     * with the frame pass's depth test and alpha cut-outs; the vertex stage is SILHOUETTE's, whose transform is the
     * frame pass's.
     */
    public static final ShaderProgram COVERAGE_IDS = new ShaderProgram("coverage_ids", List.of("silhouette/silhouette.vert"),
            List.of(ALPHA, "coverage/ids.frag"), concat(List.of("u_model", "u_viewProj", "u_instanceId"), ALPHA_UNIFORMS));

    /** Per pixel, the sub-samples of COVERAGE_IDS's target that hold the pixel's owner in the instance mask. */
    public static final ShaderProgram COVERAGE = new ShaderProgram("coverage", List.of("background/background.vert"),
            List.of("coverage/coverage.frag"), List.of());

    /** Depth from a light's point of view, for shadow maps; alpha cut-outs cast no shadow. */
    public static final ShaderProgram SHADOW = new ShaderProgram("shadow", List.of("shadow/shadow.vert"),
            List.of(ALPHA, "shadow/shadow.frag"), concat(List.of("u_model", "u_viewProj"), ALPHA_UNIFORMS));

    /** A window of a background image stretched over the frame; writes instance id 0. */
    public static final ShaderProgram BACKGROUND = of("background", List.of("u_uvRect", "u_flip"));

    /** A material's surface (texture, colour or pattern) across the frame, unlit; writes instance id 0. */
    public static final ShaderProgram BACKDROP = new ShaderProgram("backdrop", List.of("background/background.vert"),
            concat(SURFACE, List.of("backdrop/backdrop.frag")), concat(SURFACE_UNIFORMS, List.of("u_frameSize")));

    /** Every program, for checks over all of them. */
    public static final List<ShaderProgram> ALL = List.of(SHADED, SHADED_HDR, SHADED_ENV, LABEL, AMBIENT_OCCLUSION, AMBIENT_OCCLUSION_BLUR, SILHOUETTE, SHADOW, BACKGROUND, BACKDROP, SKY,
            TONEMAP, COVERAGE_IDS, COVERAGE);

    public ShaderProgram {
        vertexFiles = List.copyOf(vertexFiles);
        fragmentFiles = List.copyOf(fragmentFiles);
        uniforms = List.copyOf(uniforms);
        if (vertexFiles.isEmpty() || fragmentFiles.isEmpty()) throw new IllegalArgumentException("a stage without files");
    }

    /** A program of the two files {@code <name>/<name>.vert} and {@code <name>/<name>.frag}. */
    public static ShaderProgram of(String name, List<String> uniforms) {
        return new ShaderProgram(name, List.of(name + "/" + name + ".vert"), List.of(name + "/" + name + ".frag"), uniforms);
    }

    /** The vertex stage's source strings, in compile order (without the preamble). */
    public List<String> vertexSources() {
        return vertexFiles.stream().map(ShaderProgram::read).toList();
    }

    /** The fragment stage's source strings, in compile order (without the preamble). */
    public List<String> fragmentSources() {
        return fragmentFiles.stream().map(ShaderProgram::read).toList();
    }

    /** The vertex stage as one text. */
    public String vertexSource() {
        return String.join("\n", vertexSources());
    }

    /** The fragment stage as one text. */
    public String fragmentSource() {
        return String.join("\n", fragmentSources());
    }

    /**
     * Resource paths of a stage ("vert" or "frag"), for error messages; a compiler log's "k:line" refers to file
     * k - 1 of this list (string 0 is the {@link #PREAMBLE}).
     */
    public String resourcePath(String stage) {
        List<String> files = stage.equals("vert") ? vertexFiles : fragmentFiles;
        return String.join(" + ", files.stream().map(f -> "mirage/shaders/" + f).toList());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static String read(String relative) {
        String path = "mirage/shaders/" + relative;
        try (InputStream in = ShaderProgram.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("shader resource missing from the classpath: " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read shader resource " + path, e);
        }
    }
}
