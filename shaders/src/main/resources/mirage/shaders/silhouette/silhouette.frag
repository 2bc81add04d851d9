// Silhouette pass: the instance's bit, ORed into the target by the fixed-function logic op; nothing where the
// material's alpha cuts the surface out (prepended: common/alpha.glsl).
in vec2 v_uv;
in vec4 v_color;
uniform uint u_bit;
layout(location = 0) out uint o_bits;
void main() {
    if (cutOut(v_uv, v_color.a)) discard;
    o_bits = u_bit;
}
