// Silhouette pass: position only.
layout(location = 0) in vec3 a_position;   // model space
uniform mat4 u_modelViewProj;              // model to clip
void main() {
    gl_Position = u_modelViewProj * vec4(a_position, 1.0);
}
