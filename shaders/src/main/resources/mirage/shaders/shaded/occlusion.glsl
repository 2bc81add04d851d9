// Screen-space ambient occlusion of the indirect light in the shaded pass (render.ambient_occlusion): the
// visibility ao/blur.frag computed at the frame's pixels, read at the output pixel under this fragment (a
// supersampled target is u_aoScale times the frame's size; a multisampled one shades at pixel centres). Without
// ambient occlusion it is exactly 1, so the products it enters are unchanged bit for bit.
uniform bool u_ambientOcclusion;
uniform int u_aoScale;   // 1, or the supersampling factor
layout(binding = UNIT_AO_VISIBILITY) uniform sampler2D u_aoVisibility;

float indirectVisibility() {
    return u_ambientOcclusion ? texelFetch(u_aoVisibility, ivec2(gl_FragCoord.xy) / u_aoScale, 0).r : 1.0;
}
