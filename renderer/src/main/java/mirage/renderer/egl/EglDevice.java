package mirage.renderer.egl;

import static org.lwjgl.egl.EGL10.EGL_EXTENSIONS;
import static org.lwjgl.system.MemoryStack.stackPush;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import org.lwjgl.PointerBuffer;
import org.lwjgl.egl.EXTDeviceEnumeration;
import org.lwjgl.egl.EXTDeviceQuery;
import org.lwjgl.system.MemoryStack;

/**
 * One EGL device as the device platform lists it: a hardware GPU, or Mesa's software rasteriser (it carries
 * {@code EGL_MESA_device_software}, and may carry a DRM extension too, so that flag alone decides).
 *
 * @param handle     the {@code EGLDeviceEXT}
 * @param extensions the device's extension string, empty when it has none
 * @param name       the renderer name from {@code EGL_EXT_device_query_name}, empty when not offered
 */
record EglDevice(long handle, String extensions, String name) {
    private static final int EGL_RENDERER_EXT = 0x335F;

    boolean software() {
        return extensions.contains("EGL_MESA_device_software");
    }

    String description() {
        return (software() ? "software EGL device" : "GPU EGL device") + (name.isEmpty() ? "" : " '" + name + "'");
    }

    @Override
    public String toString() {
        return description();
    }

    /**
     * The devices EGL lists, in its order; empty when the client extensions lack device enumeration or the
     * device platform. EGL must be loaded.
     */
    static List<EglDevice> enumerate(String clientExtensions) {
        List<EglDevice> out = new ArrayList<>();
        if (!clientExtensions.contains("EGL_EXT_device_enumeration") || !clientExtensions.contains("EGL_EXT_platform_device"))
            return out;
        try (MemoryStack stack = stackPush()) {
            IntBuffer n = stack.mallocInt(1);
            if (!EXTDeviceEnumeration.eglQueryDevicesEXT(null, n) || n.get(0) == 0) return out;
            PointerBuffer handles = stack.mallocPointer(n.get(0));
            if (!EXTDeviceEnumeration.eglQueryDevicesEXT(handles, n)) return out;
            for (int i = 0; i < n.get(0); i++) {
                long h = handles.get(i);
                String ext = EXTDeviceQuery.eglQueryDeviceStringEXT(h, EGL_EXTENSIONS);
                ext = ext == null ? "" : ext;
                String name = ext.contains("EGL_EXT_device_query_name") ? nameOf(h) : "";
                out.add(new EglDevice(h, ext, name));
            }
        }
        return out;
    }

    private static String nameOf(long handle) {
        String s = EXTDeviceQuery.eglQueryDeviceStringEXT(handle, EGL_RENDERER_EXT);
        return s == null ? "" : s;
    }
}
