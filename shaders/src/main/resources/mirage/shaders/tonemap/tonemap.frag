// Tone-mapping pass (HDR only): reads the floating-point colour, and for scene radiance (alpha >=
// HDR_RADIANCE_ALPHA) applies the exposure, the tone mapper and the sRGB transfer function, then quantizes to 8 bits
// with a dither of one quantization step (uniform in [0, 1) before flooring, from a hash of the pixel's
// coordinates: deterministic, no banding in smooth gradients). Other pixels hold display values and pass through.
// Prepended: common/color.glsl.
layout(binding = UNIT_HDR_COLOR) uniform sampler2D u_hdr;
uniform float u_exposure;        // 2^exposure_ev
uniform int u_tonemap;           // TONEMAP_*
layout(location = 0) out vec4 o_color;

// Khronos PBR Neutral (Khronos 3D Commerce, 2024): identity below its compression start, smooth roll-off above.
vec3 khronosNeutral(vec3 c) {
    const float start = 0.8 - 0.04;
    const float desaturation = 0.15;
    float x = min(c.r, min(c.g, c.b));
    float offset = x < 0.08 ? x - 6.25 * x * x : 0.04;
    c -= offset;
    float peak = max(c.r, max(c.g, c.b));
    if (peak < start) return c;
    const float d = 1.0 - start;
    float newPeak = 1.0 - d * d / (peak + d - start);
    c *= newPeak / peak;
    float g = 1.0 - 1.0 / (desaturation * (peak - newPeak) + 1.0);
    return mix(c, vec3(newPeak), g);
}

// ACES filmic, Narkowicz's 2015 fit of the reference rendering and output transforms (input scaled by 0.6).
vec3 acesFitted(vec3 c) {
    c *= 0.6;
    return clamp(c * (2.51 * c + 0.03) / (c * (2.43 * c + 0.59) + 0.14), 0.0, 1.0);
}

// AgX: inset matrix, log2 encoding over [-12.47, 4.03] stops, the base contrast curve as a 6th-order polynomial
// fit, outset matrix; the curve's output is display-encoded (gamma 2.2), decoded here to linear.
vec3 agx(vec3 c) {
    const mat3 inset = mat3(0.842479062253094, 0.0423282422610123, 0.0423756549057051,
                            0.0784335999999992, 0.878468636469772, 0.0784336,
                            0.0792237451477643, 0.0791661274605434, 0.879142973793104);
    const mat3 outset = mat3(1.19687900512017, -0.0528968517574562, -0.0529716355144438,
                             -0.0980208811401368, 1.15190312990417, -0.0980434501171241,
                             -0.0990297440797205, -0.0989611768448433, 1.15107367264116);
    const float minEv = -12.47393, maxEv = 4.026069;
    c = inset * c;
    c = clamp(log2(max(c, vec3(1e-10))), minEv, maxEv);
    c = (c - minEv) / (maxEv - minEv);
    vec3 x2 = c * c, x4 = x2 * x2;
    c = 15.5 * x4 * x2 - 40.14 * x4 * c + 31.96 * x4 - 6.868 * x2 * c + 0.4298 * x2 + 0.1191 * c - 0.00232;
    c = outset * c;
    return pow(clamp(c, 0.0, 1.0), vec3(2.2));
}

// A uniform value in [0, 1) per pixel and channel: an integer hash of the coordinates (xorshift-multiply rounds).
vec3 dither(ivec2 p) {
    uvec3 h = uvec3(uint(p.x) | (uint(p.y) << 16u)) ^ uvec3(0u, 0x9E3779B9u, 0x3C6EF372u);
    h ^= h >> 16u;
    h *= 0x7FEB352Du;
    h ^= h >> 15u;
    h *= 0x846CA68Bu;
    h ^= h >> 16u;
    return vec3(h >> 8u) / 16777216.0;
}

void main() {
    ivec2 p = ivec2(gl_FragCoord.xy);
    vec4 c = texelFetch(u_hdr, p, 0);
    if (c.a < float(HDR_RADIANCE_ALPHA) - 0.5) {
        o_color = vec4(c.rgb, 1.0);
        return;
    }
    vec3 x = max(c.rgb, vec3(0.0)) * u_exposure;
    vec3 t;
    if (u_tonemap == TONEMAP_KHRONOS_NEUTRAL) t = khronosNeutral(x);
    else if (u_tonemap == TONEMAP_ACES) t = acesFitted(x);
    else if (u_tonemap == TONEMAP_AGX) t = agx(x);
    else t = x;
    vec3 s = linearToSrgb(t);
    o_color = vec4(min(floor(s * 255.0 + dither(p)), 255.0) / 255.0, 1.0);
}
