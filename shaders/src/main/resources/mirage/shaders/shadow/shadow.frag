// Shadow maps: no colour target; the rasteriser writes depth (with the pass's slope-scaled polygon offset), except
// where the material's alpha cuts the surface out (prepended: common/alpha.glsl).
in vec2 v_uv;
in vec4 v_color;
void main() {
    if (cutOut(v_uv, v_color.a)) discard;
}
