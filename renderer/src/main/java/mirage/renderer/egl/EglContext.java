package mirage.renderer.egl;

import static org.lwjgl.egl.EGL10.*;
import static org.lwjgl.egl.EGL14.EGL_OPENGL_API;
import static org.lwjgl.egl.EGL14.eglBindAPI;
import static org.lwjgl.egl.EGL15.*;
import static org.lwjgl.system.MemoryStack.stackPush;

import java.nio.IntBuffer;
import mirage.core.error.MirageException;
import org.lwjgl.PointerBuffer;
import org.lwjgl.egl.EGL;
import org.lwjgl.opengl.GL;
import org.lwjgl.opengl.GL11;
import org.lwjgl.opengl.GLCapabilities;
import org.lwjgl.system.Configuration;
import org.lwjgl.system.MemoryStack;

/**
 * A headless OpenGL 4.5 core context through EGL, current on the thread that opened it (GL thread only; not
 * thread-safe). A hardware GPU is found through the EGL device platform; Mesa's software rasteriser is reached
 * through the surfaceless platform (or its software device); {@link EglDisplays} decides which display to try.
 * There is no default framebuffer: render into FBOs. See docs/HEADLESS_GL.md for why each step is as it is.
 */
public final class EglContext implements AutoCloseable {
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
                    + GL11.glGetString(GL11.GL_VERSION) + "); " + EglDisplays.INSTALL_HINT);
        }
    }

    /** Opens a context on the device the choice allows, and makes it current on this thread. */
    public static EglContext open(GlDevice choice) {
        return open(choice, 0);
    }

    /**
     * Opens a context on the device the choice allows, preferring the {@code gpu}-th hardware device (counting
     * from 0, taken modulo their number) so that several contexts can spread over several GPUs; the others are
     * tried after it (see {@link EglDisplays}). Makes the context current on this thread.
     */
    public static EglContext open(GlDevice choice, int gpu) {
        Configuration.OPENGL_EXPLICIT_INIT.set(true);
        return EglDisplays.open(choice, gpu);
    }

    /** How many hardware (non-software) EGL devices this machine lists; 0 without EGL device enumeration. */
    public static int gpuCount() {
        return EglDisplays.gpuCount();
    }

    /**
     * Initialises {@code dpy} and makes a GL 4.5 core context on it current on this thread, without a surface.
     * On failure everything made is released again and the display terminated.
     *
     * @throws MirageException naming {@code description} and the EGL error
     */
    static EglContext onDisplay(long dpy, String description) {
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
}
