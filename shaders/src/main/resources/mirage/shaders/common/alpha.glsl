// Alpha cut-out of an asset's material (mirage.assets.AlphaMode), shared by the shaded, silhouette and shadow
// passes, so that a cut-out fragment colours no pixel, is in no mask, has no depth and casts no shadow. The alpha is
// the asset's own (base colour factor x its base-colour texture x vertex colour), also under a drawn surface: the
// cut-out is part of the shape. ALPHA_* and UNIT_ALPHA come from the preamble (mirage.shaders.ShaderDefines).
uniform int u_alphaMode;           // ALPHA_OPAQUE, ALPHA_MASK or ALPHA_BLEND
uniform float u_alphaCutoff;       // fragments with alpha below it are cut out (BLEND: the label rule's 0.5)
uniform float u_alphaFactor;       // the base colour factor's alpha
uniform bool u_useAlphaTexture;
layout(binding = UNIT_ALPHA) uniform sampler2D u_alphaTexture;   // the asset's base-colour texture (alpha is linear)
uniform mat2 u_alphaUvMatrix;      // the material's UV transform under the asset's own surface, else identity
uniform vec2 u_alphaUvOffset;
uniform bool u_useAlphaVertexColor;

// The asset's alpha at a point (for a material that is not opaque).
float assetAlpha(vec2 meshUv, float vertexAlpha) {
    float a = u_alphaFactor;
    if (u_useAlphaTexture) a *= texture(u_alphaTexture, u_alphaUvMatrix * meshUv + u_alphaUvOffset).a;
    if (u_useAlphaVertexColor) a *= vertexAlpha;
    return a;
}

bool cutOut(vec2 meshUv, float vertexAlpha) {
    return u_alphaMode != ALPHA_OPAQUE && assetAlpha(meshUv, vertexAlpha) < u_alphaCutoff;
}
