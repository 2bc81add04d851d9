// Shadow maps: depth only, as seen from a light. Position only; the light's view-projection in u_viewProj.
layout(location = ATTRIB_POSITION) in vec3 a_position;   // model space
uniform mat4 u_model;                      // model to world
uniform mat4 u_viewProj;                   // world to the light's clip space
void main() {
    gl_Position = u_viewProj * (u_model * vec4(a_position, 1.0));
}
