// Silhouette pass: the transform is written exactly as in shaded.vert and gl_Position is invariant in both, so a
// silhouette covers exactly the pixels the frame pass gives the instance, and more only where other instances hide
// it. UVs and the vertex colour's alpha go to the alpha cut-out (common/alpha.glsl), as in the frame pass.
layout(location = ATTRIB_POSITION) in vec3 a_position;   // model space
layout(location = ATTRIB_UV) in vec2 a_uv;
layout(location = ATTRIB_COLOR) in vec4 a_color;
uniform mat4 u_model;                      // model to world
uniform mat4 u_viewProj;                   // world to clip
invariant gl_Position;
out vec2 v_uv;
out vec4 v_color;
void main() {
    vec4 world = u_model * vec4(a_position, 1.0);
    v_uv = a_uv;
    v_color = a_color;
    gl_Position = u_viewProj * world;
}
