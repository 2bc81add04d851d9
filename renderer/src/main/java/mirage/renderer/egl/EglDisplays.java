package mirage.renderer.egl;

import static org.lwjgl.egl.EGL10.*;
import static org.lwjgl.egl.EGL14.EGL_DEFAULT_DISPLAY;
import static org.lwjgl.system.MemoryStack.stackPush;
import static org.lwjgl.system.MemoryUtil.memAddress;

import java.util.ArrayList;
import java.util.List;
import mirage.core.error.MirageException;
import org.lwjgl.egl.EGL;
import org.lwjgl.egl.EXTPlatformBase;
import org.lwjgl.system.JNI;
import org.lwjgl.system.MemoryStack;

/**
 * Which EGL displays to try for a {@link GlDevice} choice, and in what order: the hardware devices of the device
 * platform first (starting at a requested one), then Mesa's surfaceless platform, then Mesa's software device.
 * The first display that gives a context wins; every failure is kept for the message when none does. See
 * docs/HEADLESS_GL.md.
 */
final class EglDisplays {
    private static final int EGL_PLATFORM_SURFACELESS_MESA = 0x31DD;
    private static final int EGL_PLATFORM_DEVICE_EXT = 0x313F;
    static final String INSTALL_HINT =
            "install the EGL and Mesa drivers (Debian/Ubuntu: apt-get install libegl1 libegl-mesa0 libgl1-mesa-dri) "
                    + "or your GPU vendor's EGL driver";

    private EglDisplays() {}

    /** A context on the first display the choice allows that gives one, preferring hardware device {@code gpu}. */
    static EglContext open(GlDevice choice, int gpu) {
        String clientExtensions = loadEgl();
        List<EglDevice> devices = EglDevice.enumerate(clientExtensions);
        List<String> failures = new ArrayList<>();
        if (choice != GlDevice.SOFTWARE) {
            List<EglDevice> gpus = devices.stream().filter(d -> !d.software()).toList();
            for (int k = 0; k < gpus.size(); k++) {
                EglDevice d = gpus.get((Math.floorMod(gpu, gpus.size()) + k) % gpus.size());
                try {
                    return EglContext.onDisplay(deviceDisplay(d), d.description());
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
                return EglContext.onDisplay(dpy, "Mesa surfaceless platform");
            } catch (MirageException e) {
                failures.add(e.getMessage());
            }
        }
        for (EglDevice d : devices) {
            if (!d.software()) continue;
            try {
                return EglContext.onDisplay(deviceDisplay(d), d.description());
            } catch (MirageException e) {
                failures.add(e.getMessage());
            }
        }
        throw new MirageException("no EGL display could give an OpenGL 4.5 core context"
                + (failures.isEmpty() ? "" : " (" + String.join("; ", failures) + ")") + "; " + INSTALL_HINT);
    }

    /** How many hardware (non-software) EGL devices this machine lists; 0 without EGL device enumeration. */
    static int gpuCount() {
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
}
