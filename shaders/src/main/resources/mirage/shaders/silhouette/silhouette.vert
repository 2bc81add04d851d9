// Silhouette pass: position only. The transform is written exactly as in shaded.vert and gl_Position is
// invariant in both, so a silhouette covers exactly the pixels the frame pass gives the instance, and more
// only where other instances hide it.
layout(location = ATTRIB_POSITION) in vec3 a_position;   // model space
uniform mat4 u_model;                      // model to world
uniform mat4 u_viewProj;                   // world to clip
invariant gl_Position;
void main() {
    vec4 world = u_model * vec4(a_position, 1.0);
    gl_Position = u_viewProj * world;
}
