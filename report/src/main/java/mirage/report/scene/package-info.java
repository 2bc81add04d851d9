/**
 * One frame of a rendered dataset as a 3D scene (binary glTF 2.0) for a person to look at in Blender or a glTF
 * viewer: the labelled instances, the props, the camera and the lights, placed exactly as the frame record says.
 * Entry point: {@link mirage.report.scene.SceneGlb}; what the file carries: docs/FORMATS.md, "A frame as a glTF scene".
 */
package mirage.report.scene;
