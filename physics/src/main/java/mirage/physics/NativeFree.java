package mirage.physics;

import com.jme3.bullet.NativePhysicsObject;
import java.lang.ref.Reference;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * Frees a Libbulletjme object's native memory now, on the calling thread.
 *
 * <p>Libbulletjme frees a native object only after its Java object was garbage-collected (a weak reference, its
 * "tracker", is then queued for the "Physics Cleaner" thread). A physics world's Java objects are tiny while its
 * native side is not, so the garbage collector has no reason to run and native memory would grow with the frame
 * count. Here the tracker is taken out of Libbulletjme's table and its own freeing routine run at once (the same
 * code the cleaner runs), and then cleared, so a later collection never queues it and nothing is freed twice. This
 * uses Libbulletjme's private fields by reflection (checked against 23.1.0; a test fails if they change).
 */
final class NativeFree {
    private static final Map<Long, ?> TRACKERS;
    private static final Method FREE;

    static {
        try {
            Field map = NativePhysicsObject.class.getDeclaredField("map");
            map.setAccessible(true);
            @SuppressWarnings("unchecked") Map<Long, ?> m = (Map<Long, ?>) map.get(null);
            TRACKERS = m;
            Class<?> tracker = Class.forName("com.jme3.bullet.NpoTracker");
            FREE = tracker.getDeclaredMethod("freeTrackedObject");
            FREE.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("this Libbulletjme has no tracker table to free native objects from", e);
        }
    }

    private NativeFree() {}

    /** Frees {@code object}'s native memory; the Java object must not be used afterwards. Null or untracked: nothing. */
    static void free(NativePhysicsObject object) {
        if (object == null || !object.hasAssignedNativeObject()) return;
        Object tracker = TRACKERS.get(object.nativeId());
        if (tracker == null) return;
        try {
            FREE.invoke(tracker);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("freeing " + object + " failed", e);
        }
        ((Reference<?>) tracker).clear();
        // Until the tracker is cleared the object must stay reachable, or a collection could queue the tracker for the
        // cleaner thread while it is being freed here (a double free).
        Reference.reachabilityFence(object);
    }

    /** How many native objects Libbulletjme tracks now, all threads together (for tests). */
    static int tracked() {
        return TRACKERS.size();
    }
}
