// Colour encoding shared by the frame passes. Lighting is computed in linear light; the colour target is plain
// RGBA8, so the shader writes sRGB-encoded values itself (IEC 61966-2-1 transfer function).
vec3 linearToSrgb(vec3 c) {
    c = clamp(c, 0.0, 1.0);
    return mix(12.92 * c, 1.055 * pow(c, vec3(1.0 / 2.4)) - 0.055, step(vec3(0.0031308), c));
}
