// Ambient occlusion, first pass: how much of the hemisphere above each visible point the depth image around it
// hides, 0 (open) .. 1, horizon-based. For each of AO_DIRECTIONS screen directions it walks AO_STEPS pixels out to
// the projection of u_radius metres and keeps the highest occluder: the sine of its elevation above the point's
// tangent plane, less a bias (AO_BIAS, for the normals' 8-bit rounding and flat facets of curved meshes), times a
// falloff 1 - (distance / radius)^2, so occluders fade out at the radius. The occlusion is the mean over
// directions. The directions' rotation and the steps' offset come from the texel's place in a 4 x 4 tile (16
// patterns, deterministic), which ao_blur.frag averages out. Background pixels: 0. Runs at 1 / AO_DOWNSAMPLE of
// the frame's size: texel h stands for frame pixel h * AO_DOWNSAMPLE, and walks the full-size depth image.
// Prepended: ao/surfaces.glsl.
#define AO_DIRECTIONS 4   // x 16 rotations over the 4 x 4 tile, which ao_blur.frag averages: 64 directions per surface patch
#define AO_STEPS 8
#define AO_BIAS 0.1
#define AO_PI 3.14159265358979
uniform float u_radius;   // metres

layout(location = 0) out float o_occlusion;

void main() {
    ivec2 h = ivec2(gl_FragCoord.xy);   // this texel, at 1 / AO_DOWNSAMPLE of the frame
    ivec2 p = h * AO_DOWNSAMPLE;         // the frame pixel it stands for
    vec2 centre = vec2(p) + 0.5;
    vec3 position, normal;
    if (!surfaceAt(p, true, position, normal)) {
        o_occlusion = 0.0;
        return;
    }
    vec2 radiusPx = u_radius * u_intrinsics.xy / position.z;   // the radius in pixels at this depth
    int k = (h.x & 3) + 4 * (h.y & 3);
    float rotation = (float(k) + 0.5) / 16.0 * (2.0 * AO_PI / float(AO_DIRECTIONS));
    float jitter = (float((k * 7) & 15) + 0.5) / 16.0;
    ivec2 size = textureSize(u_depth, 0);
    float r2 = u_radius * u_radius;
    float sum = 0.0;
    for (int d = 0; d < AO_DIRECTIONS; d++) {
        float a = rotation + float(d) * (2.0 * AO_PI / float(AO_DIRECTIONS));
        vec2 dir = vec2(cos(a), sin(a));
        float best = 0.0;
        for (int s = 0; s < AO_STEPS; s++) {
            ivec2 q = ivec2(floor(centre + dir * radiusPx * ((float(s) + jitter) / float(AO_STEPS))));
            if (q == p) continue;
            if (any(lessThan(q, ivec2(0))) || any(greaterThanEqual(q, size))) break;
            vec3 other, unused;
            if (!surfaceAt(q, false, other, unused)) continue;
            vec3 v = other - position;
            float dist2 = dot(v, v);
            if (dist2 >= r2 || dist2 <= 0.0) continue;
            float sine = dot(normal, v) * inversesqrt(dist2);
            best = max(best, clamp((sine - AO_BIAS) / (1.0 - AO_BIAS), 0.0, 1.0) * (1.0 - dist2 / r2));
        }
        sum += best;
    }
    o_occlusion = sum / float(AO_DIRECTIONS);
}
