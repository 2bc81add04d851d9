// Ambient occlusion, second pass: the 4 x 4 tile of ao.frag's patterns around each pixel averaged, counting only
// neighbours on the same surface (camera z within AO_BLUR_DEPTH of the pixel's, relative), then turned into the
// visibility the shaded pass multiplies the indirect light by: 1 - intensity x occlusion, with the camera z of the
// surface it holds for, which occlusion.glsl matches against each pixel's own. Background pixels: 1 (z 0).
// Prepended: ao/surfaces.glsl.
#define AO_BLUR_DEPTH 0.05
layout(binding = UNIT_AO_OCCLUSION) uniform sampler2D u_occlusion;   // ao.frag's output
uniform float u_intensity;   // 0..1

layout(location = 0) out vec2 o_visibility;   // the visibility, and the camera z it holds for (0: background)

void main() {
    ivec2 p = ivec2(gl_FragCoord.xy);   // texels at 1 / AO_DOWNSAMPLE of the frame, as ao.frag's
    vec3 position, unused;
    if (!surfaceAt(p * AO_DOWNSAMPLE, false, position, unused)) {
        o_visibility = vec2(1.0, 0.0);
        return;
    }
    ivec2 size = textureSize(u_occlusion, 0);
    float sum = 0.0, weight = 0.0;
    for (int y = -2; y <= 1; y++)
        for (int x = -2; x <= 1; x++) {
            ivec2 q = p + ivec2(x, y);
            if (any(lessThan(q, ivec2(0))) || any(greaterThanEqual(q, size))) continue;
            vec3 other;
            if (!surfaceAt(q * AO_DOWNSAMPLE, false, other, unused) || abs(other.z - position.z) > AO_BLUR_DEPTH * position.z) continue;
            sum += texelFetch(u_occlusion, q, 0).r;
            weight += 1.0;
        }
    o_visibility = vec2(1.0 - u_intensity * (sum / weight), position.z);   // weight >= 1: the texel itself counts
}
