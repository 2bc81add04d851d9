// Shaded pass, vertex stage. Attribute locations ATTRIB_* come from the preamble (mirage.shaders.ShaderDefines).
layout(location = ATTRIB_POSITION) in vec3 a_position;   // model space, file units
layout(location = ATTRIB_NORMAL) in vec3 a_normal;       // model space
layout(location = ATTRIB_UV) in vec2 a_uv;               // v = 0 at the top row of the texture image
layout(location = ATTRIB_COLOR) in vec4 a_color;         // linear RGBA; (1,1,1,1) when the mesh has none
layout(location = ATTRIB_TANGENT) in vec4 a_tangent;     // model space xyz, handedness w (MeshData.tangents)

uniform mat4 u_model;         // model to world
uniform mat3 u_normalMatrix;  // inverse transpose of u_model's upper 3x3
uniform mat4 u_viewProj;      // world to clip (OpenGL eye convention)

invariant gl_Position;   // same transform as silhouette.vert: amodal masks contain the visible ones

out vec3 v_worldPos;
out vec3 v_normal;
out vec3 v_modelPos;
out vec3 v_modelNormal;
out vec2 v_uv;
out vec4 v_color;
out vec4 v_tangent;      // world xyz (a surface direction: transformed by the model matrix), handedness w

void main() {
    vec4 world = u_model * vec4(a_position, 1.0);
    v_worldPos = world.xyz;
    v_normal = u_normalMatrix * a_normal;
    v_modelPos = a_position;
    v_modelNormal = a_normal;
    v_uv = a_uv;
    v_color = a_color;
    v_tangent = vec4(mat3(u_model) * a_tangent.xyz, a_tangent.w);
    gl_Position = u_viewProj * world;
}
