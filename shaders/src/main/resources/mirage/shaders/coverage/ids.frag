// Coverage pass, first draw: the instance id (0 for props) into the supersampled R32UI target, with the frame's
// depth test, so each sub-sample holds the id the instance mask would have there; nothing where the material's
// alpha cuts the surface out (prepended: common/alpha.glsl). The vertex stage is silhouette.vert, whose invariant
// transform is the frame pass's.
in vec2 v_uv;
in vec4 v_color;
uniform uint u_instanceId;
layout(location = 0) out uint o_id;
void main() {
    if (cutOut(v_uv, v_color.a)) discard;
    o_id = u_instanceId;
}
