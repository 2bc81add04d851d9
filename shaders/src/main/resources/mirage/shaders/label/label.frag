// Label program, fragment stage: the instance id, camera z and camera normal of shaded.frag without any lighting,
// for frames whose colour is drawn apart (anti-aliasing, ambient occlusion). Same vertex stage (shaded.vert), same
// cut-out rule and the same label code (shaded/geometry.glsl), so its labels are byte-identical to the shaded
// program's. Writes no colour (ShadedPass masks the colour target while it draws). Prepended: common/surface.glsl,
// common/alpha.glsl, shaded/maps.glsl, shaded/geometry.glsl.
void main() {
    if (cutOut(v_uv, v_color.a)) discard;
    vec2 mapUv = u_uvMatrix * surfaceUv() + u_uvOffset;   // the base colour's UVs (surface.glsl), as in shaded.frag
    writeLabels(shadingNormal(mapUv));
}
