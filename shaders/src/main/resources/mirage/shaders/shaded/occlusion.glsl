// Screen-space ambient occlusion of the indirect light in the shaded pass (render.ambient_occlusion): the
// visibility ao/blur.frag computed at 1 / AO_DOWNSAMPLE of the frame's size, each texel with the camera z of the
// frame pixel it stands for. A fragment reads the frame pixel under it (a supersampled target is u_aoScale times
// the frame's size; a multisampled one shades at pixel centres) and takes, of the 2 x 2 texels whose pixels bracket
// it, the one whose surface is nearest its own camera z (first in row order on ties), so an object's edge does not
// take the ground's occlusion; where none of them holds a surface, 1. Without ambient occlusion it is exactly 1, so
// the products it enters are unchanged bit for bit. Needs shaded/geometry.glsl (v_worldPos, u_view).
uniform bool u_ambientOcclusion;
uniform int u_aoScale;   // 1, or the supersampling factor
layout(binding = UNIT_AO_VISIBILITY) uniform sampler2D u_aoVisibility;   // (visibility, camera z; 0: background)

float indirectVisibility() {
    if (!u_ambientOcclusion) return 1.0;
    float z = -(u_view * vec4(v_worldPos, 1.0)).z;
    ivec2 first = (ivec2(gl_FragCoord.xy) / u_aoScale) / AO_DOWNSAMPLE;
    ivec2 last = textureSize(u_aoVisibility, 0) - 1;
    float visibility = 1.0, best = 1e30;
    for (int dy = 0; dy <= 1; dy++)
        for (int dx = 0; dx <= 1; dx++) {
            vec2 t = texelFetch(u_aoVisibility, min(first + ivec2(dx, dy), last), 0).rg;
            float gap = abs(t.g - z);
            if (t.g > 0.0 && gap < best) {
                best = gap;
                visibility = t.r;
            }
        }
    return visibility;
}
