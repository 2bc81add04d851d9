// Shadow maps: depth only, as seen from a light; UVs and the vertex colour's alpha for the alpha cut-out. The
// light's view-projection in u_viewProj.
layout(location = ATTRIB_POSITION) in vec3 a_position;   // model space
layout(location = ATTRIB_UV) in vec2 a_uv;
layout(location = ATTRIB_COLOR) in vec4 a_color;
uniform mat4 u_model;                      // model to world
uniform mat4 u_viewProj;                   // world to the light's clip space
out vec2 v_uv;
out vec4 v_color;
void main() {
    v_uv = a_uv;
    v_color = a_color;
    gl_Position = u_viewProj * (u_model * vec4(a_position, 1.0));
}
