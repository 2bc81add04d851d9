package mirage.renderer.gpu;

import static org.lwjgl.opengl.GL45C.*;

import mirage.assets.MeshData;
import mirage.shaders.ShaderDefines;

/**
 * One mesh's vertex array and buffers (one buffer per attribute, immutable storage), at the attribute locations
 * {@link ShaderDefines}{@code .ATTRIB_*} the vertex stages declare. Missing uv/tangent/colour arrays leave the attribute
 * disabled, so the shader reads the generic value set by the pass. Owns its GL objects; GL thread only.
 */
public final class GpuMesh implements AutoCloseable {
    private int vao;
    private final int[] buffers;
    private final int indexCount;
    private final boolean hasUvs;
    private final boolean hasColors;
    private final boolean hasTangents;

    public GpuMesh(MeshData mesh) {
        vao = glCreateVertexArrays();
        buffers = new int[6];
        buffers[0] = attribute(ShaderDefines.ATTRIB_POSITION, 3, mesh.positions());
        buffers[1] = attribute(ShaderDefines.ATTRIB_NORMAL, 3, mesh.normals());
        hasUvs = mesh.uvs() != null;
        hasColors = mesh.colors() != null;
        if (hasUvs) buffers[2] = attribute(ShaderDefines.ATTRIB_UV, 2, mesh.uvs());
        if (hasColors) buffers[3] = attribute(ShaderDefines.ATTRIB_COLOR, 4, mesh.colors());
        hasTangents = mesh.tangents() != null;
        if (hasTangents) buffers[5] = attribute(ShaderDefines.ATTRIB_TANGENT, 4, mesh.tangents());
        buffers[4] = glCreateBuffers();
        glNamedBufferStorage(buffers[4], mesh.indices(), 0);
        glVertexArrayElementBuffer(vao, buffers[4]);
        indexCount = mesh.indices().length;
    }

    private int attribute(int location, int size, float[] data) {
        int buffer = glCreateBuffers();
        glNamedBufferStorage(buffer, data, 0);
        glVertexArrayVertexBuffer(vao, location, buffer, 0, size * Float.BYTES);
        glVertexArrayAttribFormat(vao, location, size, GL_FLOAT, false, 0);
        glVertexArrayAttribBinding(vao, location, location);
        glEnableVertexArrayAttrib(vao, location);
        return buffer;
    }

    public boolean hasUvs() {
        return hasUvs;
    }

    public boolean hasColors() {
        return hasColors;
    }

    /** Whether the mesh has tangents (it has exactly when it has UVs), needed by a normal map. */
    public boolean hasTangents() {
        return hasTangents;
    }

    public void draw() {
        glBindVertexArray(vao);
        glDrawElements(GL_TRIANGLES, indexCount, GL_UNSIGNED_INT, 0L);
    }

    /** The vertex array and its buffers. */
    int glObjectCount() {
        int n = vao != 0 ? 1 : 0;
        for (int b : buffers) if (b != 0) n++;
        return n;
    }

    @Override
    public void close() {
        if (vao != 0) glDeleteVertexArrays(vao);
        for (int i = 0; i < buffers.length; i++) if (buffers[i] != 0) glDeleteBuffers(buffers[i]);
        java.util.Arrays.fill(buffers, 0);
        vao = 0;
    }
}
