package mirage.renderer.egl;

import static org.lwjgl.egl.EGL10.*;
import static org.lwjgl.egl.EGL14.EGL_OPENGL_API;
import static org.lwjgl.egl.EGL14.eglBindAPI;
import static org.lwjgl.egl.EGL15.*;
import static org.lwjgl.system.MemoryStack.stackPush;
import static org.lwjgl.system.MemoryUtil.memAddress;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import mirage.core.error.MirageException;
import org.lwjgl.PointerBuffer;
import org.lwjgl.egl.EGL;
import org.lwjgl.egl.EXTDeviceEnumeration;
import org.lwjgl.egl.EXTDeviceQuery;
import org.lwjgl.egl.EXTPlatformBase;
import org.lwjgl.opengl.GL;
import org.lwjgl.opengl.GL11;
import org.lwjgl.opengl.GLCapabilities;
import org.lwjgl.system.Configuration;
import org.lwjgl.system.JNI;
import org.lwjgl.system.MemoryStack;

/**
 * A headless OpenGL 4.5 core context through EGL, current on the thread that opened it (GL thread only; not
 * thread-safe). A hardware GPU is found through the EGL device platform; Mesa's software rasteriser is reached
 * through the surfaceless platform (or its software device). There is no default framebuffer: render into FBOs.
 * See shared/notes/headless-gl.md for why each step is as it is.
 */
public final class EglContext implements AutoCloseable {
    private static final int EGL_PLATFORM_SURFACELESS_MESA = 0x31DD;
    private static final int EGL_PLATFORM_DEVICE_EXT = 0x313F;
    private static final String INSTALL_HINT =
            "install the EGL and Mesa drivers (Debian/Ubuntu: apt-get install libegl1 libegl-mesa0 libgl1-mesa-dri) "
                    + "or your GPU vendor's EGL driver";
    private static boolean glFunctionsLoaded;

    private final long display;
    private final long context;
    private final String deviceDescription;
    private final GLCapabilities capabilities;
    private boolean closed;

    private EglContext(long display, long context, String deviceDescription) {
        this.display = display;
        this.context = context;
        this.deviceDescription = deviceDescription;
        this.capabilities = GL.createCapabilities();
        if (!capabilities.OpenGL45) {
            close();
            throw new MirageException("the OpenGL driver on " + deviceDescription + " does not offer OpenGL 4.5 core (got "
                    + GL11.glGetString(GL11.GL_VERSION) + "); " + INSTALL_HINT);
        }
    }

    /** Opens a context on the device the choice allows, and makes it current on this thread. */
    public static EglContext open(GlDevice choice) {
        return open(choice, 0);
    }

    /**
     * Opens a context on the device the choice allows, preferring the {@code gpu}-th hardware device (counting
     * from 0, taken modulo their number) so that several contexts can spread over several GPUs; the others are
     * tried after it. Makes the context current on this thread.
     */
    public static EglContext open(GlDevice choice, int gpu) {
        Configuration.OPENGL_EXPLICIT_INIT.set(true);
        String clientExtensions = loadEgl();
        List<EglDevice> devices = EglDevice.enumerate(clientExtensions);
        List<String> failures = new ArrayList<>();
        if (choice != GlDevice.SOFTWARE) {
            List<EglDevice> gpus = devices.stream().filter(d -> !d.software()).toList();
            for (int k = 0; k < gpus.size(); k++) {
                EglDevice d = gpus.get((Math.floorMod(gpu, gpus.size()) + k) % gpus.size());
                try {
                    return onDisplay(deviceDisplay(d), d.description());
                } catch (MirageException e) {
                    failures.add(e.getMessage());
                }
            }
            if (choice == GlDevice.GPU)
                throw new MirageException("no usable GPU found through EGL (devices: " + devices + ")"
                        + (failures.isEmpty() ? "" : "; " + String.join("; ", failures))
                        + "; check the GPU driver's EGL library (NVIDIA: libEGL_nvidia, with NVIDIA_DRIVER_CAPABILITIES including graphics in containers)");
        }
        return openSoftware(clientExtensions, devices, failures);
    }

    private static EglContext openSoftware(String clientExtensions, List<EglDevice> devices, List<String> failures) {
        if (clientExtensions.contains("EGL_MESA_platform_surfaceless")) {
            try (MemoryStack stack = stackPush()) {
                // The checked wrapper rejects EGL_DEFAULT_DISPLAY (0), which this platform requires.
                long dpy = JNI.callPPP(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY,
                        memAddress(stack.ints(EGL_NONE)), EGL.getCapabilities().eglGetPlatformDisplayEXT);
                return onDisplay(dpy, "Mesa surfaceless platform");
            } catch (MirageException e) {
                failures.add(e.getMessage());
            }
        }
        for (EglDevice d : devices) {
            if (!d.software()) continue;
            try {
                return onDisplay(deviceDisplay(d), d.description());
            } catch (MirageException e) {
                failures.add(e.getMessage());
            }
        }
        throw new MirageException("no EGL display could give an OpenGL 4.5 core context"
                + (failures.isEmpty() ? "" : " (" + String.join("; ", failures) + ")") + "; " + INSTALL_HINT);
    }

    /** How many hardware (non-software) EGL devices this machine lists; 0 without EGL device enumeration. */
    public static int gpuCount() {
        return (int) EglDevice.enumerate(loadEgl()).stream().filter(d -> !d.software()).count();
    }

    /** Loads libEGL.so.1 and returns the client extension string. */
    private static String loadEgl() {
        try {
            EGL.getCapabilities();
            String ext = eglQueryString(EGL_NO_DISPLAY, EGL_EXTENSIONS);
            return ext == null ? "" : ext;
        } catch (UnsatisfiedLinkError | IllegalStateException e) {
            throw new MirageException("cannot load the EGL library (libEGL.so.1): " + e.getMessage() + "; " + INSTALL_HINT, e);
        }
    }

    private static long deviceDisplay(EglDevice d) {
        try (MemoryStack stack = stackPush()) {
            return EXTPlatformBase.eglGetPlatformDisplayEXT(EGL_PLATFORM_DEVICE_EXT, d.handle(), stack.ints(EGL_NONE));
        }
    }

    private static EglContext onDisplay(long dpy, String description) {
        if (dpy == EGL_NO_DISPLAY) throw new MirageException(description + ": no EGL display (" + errorName() + ")");
        try (MemoryStack stack = stackPush()) {
            IntBuffer major = stack.mallocInt(1), minor = stack.mallocInt(1);
            if (!eglInitialize(dpy, major, minor)) throw new MirageException(description + ": eglInitialize failed (" + errorName() + ")");
            long ctx = EGL_NO_CONTEXT;
            try {
                if (!eglBindAPI(EGL_OPENGL_API)) throw new MirageException(description + ": no desktop OpenGL API (" + errorName() + ")");
                long config = chooseConfig(dpy, stack, description);
                ctx = eglCreateContext(dpy, config, EGL_NO_CONTEXT, stack.ints(
                        EGL_CONTEXT_MAJOR_VERSION, 4, EGL_CONTEXT_MINOR_VERSION, 5,
                        EGL_CONTEXT_OPENGL_PROFILE_MASK, EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT, EGL_NONE));
                if (ctx == EGL_NO_CONTEXT) throw new MirageException(description + ": no OpenGL 4.5 core context (" + errorName() + ")");
                if (!eglMakeCurrent(dpy, EGL_NO_SURFACE, EGL_NO_SURFACE, ctx))
                    throw new MirageException(description + ": cannot make the context current without a surface (" + errorName() + ")");
                loadGlFunctions();
                return new EglContext(dpy, ctx, description);
            } catch (RuntimeException e) {
                eglMakeCurrent(dpy, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
                if (ctx != EGL_NO_CONTEXT) eglDestroyContext(dpy, ctx);
                eglTerminate(dpy);
                throw e;
            }
        }
    }

    private static long chooseConfig(long dpy, MemoryStack stack, String description) {
        PointerBuffer configs = stack.mallocPointer(1);
        IntBuffer count = stack.mallocInt(1);
        boolean ok = eglChooseConfig(dpy, stack.ints(EGL_SURFACE_TYPE, EGL_PBUFFER_BIT,
                EGL_RENDERABLE_TYPE, EGL_OPENGL_BIT, EGL_NONE), configs, count);
        if (!ok || count.get(0) == 0) throw new MirageException(description + ": no OpenGL-renderable EGL config (" + errorName() + ")");
        return configs.get(0);
    }

    /** GL function pointers come from eglGetProcAddress, so only libEGL is needed (no GLX). Once per JVM. */
    private static synchronized void loadGlFunctions() {
        if (!glFunctionsLoaded) {
            GL.create(EGL.getFunctionProvider());
            glFunctionsLoaded = true;
        }
    }

    private static String errorName() {
        return String.format("EGL error 0x%04X", eglGetError());
    }

    public String deviceDescription() {
        return deviceDescription;
    }

    public String glRenderer() {
        return GL11.glGetString(GL11.GL_RENDERER);
    }

    public String glVersion() {
        return GL11.glGetString(GL11.GL_VERSION);
    }

    public String glVendor() {
        return GL11.glGetString(GL11.GL_VENDOR);
    }

    public GLCapabilities capabilities() {
        return capabilities;
    }

    @Override
    public void close() {
        if (closed) return;
        closed = true;
        GL.setCapabilities(null);
        eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
        eglDestroyContext(display, context);
        eglTerminate(display);
    }

    /** One EGL device as the device platform lists it. */
    record EglDevice(long handle, String extensions, String name) {
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
            String s = EXTDeviceQuery.eglQueryDeviceStringEXT(handle, 0x335F); // EGL_RENDERER_EXT
            return s == null ? "" : s;
        }
    }
}
