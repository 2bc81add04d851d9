package mirage.report.scene;

import de.javagl.jgltf.model.impl.DefaultCameraModel;
import de.javagl.jgltf.model.impl.DefaultCameraPerspectiveModel;
import de.javagl.jgltf.model.impl.DefaultNodeModel;
import java.util.Map;
import mirage.annotators.labels.CameraLabel;
import mirage.annotators.labels.FrameLabelJson;

/**
 * The frame's camera as a glTF perspective camera on a node named {@code camera}: {@code yfov} and
 * {@code aspectRatio} from the intrinsics ({@link GlbGeometry#yfov}, {@link GlbGeometry#aspectRatio}), znear and
 * zfar the record's near and far, the node at {@link GlbGeometry#cameraNode}. A glTF camera's principal point is
 * the image centre, pixel-centre {@code ((w - 1) / 2, (h - 1) / 2)}, as for a spec's {@code fov_deg}; other
 * intrinsics are in the camera's {@code extras.mirage}, the record's camera object ({@code width, height, fx, fy, cx,
 * cy, near, far, convention, world_to_camera}), so the exact projection {@code u = fx X / Z + cx} stays available.
 */
final class GlbCamera {
    private GlbCamera() {
    }

    static DefaultNodeModel node(CameraLabel c) {
        DefaultCameraPerspectiveModel p = new DefaultCameraPerspectiveModel();
        p.setYfov((float) GlbGeometry.yfov(c.height(), c.fy()));
        p.setAspectRatio((float) GlbGeometry.aspectRatio(c.width(), c.height(), c.fx(), c.fy()));
        p.setZnear((float) c.near());
        p.setZfar((float) c.far());
        DefaultCameraModel camera = new DefaultCameraModel();
        camera.setName("camera");
        camera.setCameraPerspectiveModel(p);
        camera.setExtras(Map.of("mirage", FrameLabelJson.camera(c)));
        DefaultNodeModel node = new DefaultNodeModel();
        node.setName("camera");
        node.setCameraModel(camera);
        node.setMatrix(GlbGeometry.columnMajor(GlbGeometry.cameraNode(c.worldToCamera())));
        return node;
    }
}
