// Ambient occlusion, second pass: the 4 x 4 tile of ao.frag's patterns around each pixel averaged, counting only
// neighbours on the same surface (camera z within AO_BLUR_DEPTH of the pixel's, relative), then turned into the
// visibility the shaded pass multiplies the indirect light by: 1 - intensity x occlusion. Background pixels: 1.
// Prepended: ao/surfaces.glsl.
#define AO_BLUR_DEPTH 0.05
layout(binding = UNIT_AO_OCCLUSION) uniform sampler2D u_occlusion;   // ao.frag's output
uniform float u_intensity;   // 0..1

layout(location = 0) out float o_visibility;

void main() {
    ivec2 p = ivec2(gl_FragCoord.xy);
    vec3 position, unused;
    if (!surfaceAt(p, false, position, unused)) {
        o_visibility = 1.0;
        return;
    }
    ivec2 size = textureSize(u_occlusion, 0);
    float sum = 0.0, weight = 0.0;
    for (int y = -2; y <= 1; y++)
        for (int x = -2; x <= 1; x++) {
            ivec2 q = p + ivec2(x, y);
            if (any(lessThan(q, ivec2(0))) || any(greaterThanEqual(q, size))) continue;
            vec3 other;
            if (!surfaceAt(q, false, other, unused) || abs(other.z - position.z) > AO_BLUR_DEPTH * position.z) continue;
            sum += texelFetch(u_occlusion, q, 0).r;
            weight += 1.0;
        }
    o_visibility = 1.0 - u_intensity * (sum / weight);   // weight >= 1: the pixel itself counts
}
